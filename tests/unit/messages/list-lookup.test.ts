import type { ListRecord } from '@blocklens/vocabulary';
import { describe, expect, it } from 'vitest';
import { compileSnapshot } from '../../../lib/blocklist/compile/compile-snapshot';
import { loadSnapshot } from '../../../lib/blocklist/lookup/load-snapshot';
import { answerListLookup } from '../../../lib/messages/list-lookup';

const RKN: ListRecord = { list: 'ru-registry', authority: 'Роскомнадзор', decision: '2-1779/2018', date: '2018-04-13' };

async function matcher() {
  const { bytes } = await compileSnapshot(
    [
      { record: RKN, domains: ['rutracker.org'], wildcards: [], urls: [], addresses: ['35.192.0.0/12'] },
      { network: { range: '35.192.0.0/11', name: 'Cloud', since: '2025-06-09' } },
    ],
    { name: 'ru-registry', date: '2018-05-05' },
  );
  return loadSnapshot(bytes.slice().buffer);
}

describe('answerListLookup', () => {
  it('answers with the list in use, the query as read and every hit', async () => {
    expect(answerListLookup(await matcher(), 'WWW.rutracker.org:443')).toEqual({
      outcome: 'answered',
      list: { name: 'ru-registry', date: '2018-05-05' },
      query: { kind: 'host', hostKind: 'name', host: 'www.rutracker.org', portLeftOut: 'WWW.rutracker.org' },
      hits: [{ type: 'list-domain', entry: 'rutracker.org', records: [RKN] }],
      network: null,
    });
    expect(answerListLookup(await matcher(), '35.200.1.9')).toMatchObject({
      outcome: 'answered',
      hits: [{ type: 'list-range', entry: '35.192.0.0/12', records: [RKN] }],
      network: { name: 'Cloud', range: '35.192.0.0/11', since: '2025-06-09' },
    });
    expect(answerListLookup(await matcher(), 'example.net')).toMatchObject({ outcome: 'answered', hits: [] });
  });

  it('says why a query cannot be looked up, list or no list', async () => {
    const refusal = { outcome: 'unusable', problem: 'range', reason: '"35.192.0.0/12" is a range: look up an address in it' };
    expect(answerListLookup(await matcher(), '35.192.0.0/12')).toEqual(refusal);
    expect(answerListLookup(null, '35.192.0.0/12')).toEqual(refusal);
  });

  it('says there is no list when the worker has none', () => {
    expect(answerListLookup(null, 'rutracker.org')).toEqual({ outcome: 'no-list' });
  });

  it('replies with plain data, as a message carries it', async () => {
    const reply = answerListLookup(await matcher(), 'https://rutracker.org/forum/');
    expect(structuredClone(reply)).toEqual(reply);
  });
});
