import type { Finding } from '@blocklens/vocabulary';
import { describe, expect, it } from 'vitest';
import { AddressMemory } from '../../../lib/addresses/address-memory';
import { DohClient } from '../../../lib/addresses/doh-client';
import { HostAddresses } from '../../../lib/addresses/host-addresses';
import { compileSnapshot } from '../../../lib/blocklist/compile/compile-snapshot';
import { loadSnapshot } from '../../../lib/blocklist/lookup/load-snapshot';
import { FindingChecks } from '../../../lib/checks/finding-checks';
import type { RecheckResult } from '../../../lib/checks/recheck-host';
import { TabStore } from '../../../lib/findings/tab-store';
import { FailureRecorder } from '../../../lib/pipeline/failure-recorder';
import { FakeDoh } from '../addresses/fake-doh';
import { MemorySessionArea } from '../helpers/memory-session-area';
import { observation } from '../helpers/observation';

const RANGE_RECORD = { list: 'ru-registry', authority: 'Генпрокуратура', decision: '27-31-2015/Ид4082-15', date: '2015-12-04' };

async function setUp(dohEnabled: boolean) {
  const { bytes } = await compileSnapshot(
    [{ record: RANGE_RECORD, domains: [], wildcards: [], urls: [], addresses: ['35.192.0.0/12'] }],
    { name: 'ru-registry', date: '2026-11-24' },
  );
  const list = loadSnapshot(bytes.slice().buffer);
  const area = new MemorySessionArea();
  const memory = new AddressMemory(area);
  const resolver = new FakeDoh({
    'api.game.example.org': { addresses: ['35.200.1.9'] },
    'news.example.org': { addresses: ['93.184.215.14'] },
  });
  const explained: Finding[] = [];
  let checks: FindingChecks | undefined;
  const recorder = new FailureRecorder({
    store: new TabStore(area),
    addresses: memory,
    blocklist: async () => list,
    onTabChanged: () => {},
    onExplained: (finding, _previous, tabId) => {
      explained.push(finding);
      checks?.findingExplained(tabId, finding);
    },
  });
  const rechecked: string[][] = [];
  let recheckResult: RecheckResult = { outcome: 'fails', detail: 'net::ERR_CONNECTION_RESET' };
  checks = new FindingChecks({
    recorder,
    addresses: new HostAddresses({
      memory,
      system: null,
      doh: new DohClient({ fetch: resolver.fetch, now: () => 0 }),
      dohChoice: async () => ({ enabled: dohEnabled, endpoint: { url: 'https://dns.example/dns-query', format: 'wire' } }),
    }),
    recheck: async (urls) => {
      rechecked.push([...urls]);
      return recheckResult;
    },
    now: () => 9000,
  });
  /** Waits until the background lookups have come back through the recorder. */
  const settled = async () => {
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    return recorder.finding(7, 'api.game.example.org');
  };
  const willRecheck = (result: RecheckResult) => (recheckResult = result);
  return { checks: checks!, recorder, resolver, explained, rechecked, settled, willRecheck };
}

const reset = observation({ host: 'api.game.example.org', url: 'http://api.game.example.org:8080/play' });

describe('FindingChecks: automatic lookups', () => {
  it('with DoH on, looks a first-visit host up after recording it, and explains it again', async () => {
    const { recorder, resolver, explained, settled } = await setUp(true);
    await recorder.failed(reset);
    expect(explained[0]).toMatchObject({ cause: 'suspected' });
    expect(await settled()).toMatchObject({ cause: 'collateral', address: { address: '35.200.1.9', source: 'doh' } });
    expect(resolver.names).toEqual(['api.game.example.org', 'api.game.example.org']);
  });

  it('with DoH off, sends nothing at all', async () => {
    const { recorder, resolver, settled } = await setUp(false);
    await recorder.failed(reset);
    await recorder.failed(observation({ host: 'news.example.org', kind: 'dns-nxdomain', error: 'net::ERR_NAME_NOT_RESOLVED' }));
    expect(await settled()).toMatchObject({ cause: 'suspected' });
    expect(resolver.requests).toHaveLength(0);
  });

  it('looks a host up once for a burst of its failures', async () => {
    const { recorder, resolver, settled } = await setUp(true);
    await Promise.all([recorder.failed(reset), recorder.failed({ ...reset, time: 1001 }), recorder.failed({ ...reset, time: 1002 })]);
    await settled();
    await recorder.failed({ ...reset, time: 1003 });
    await settled();
    expect(resolver.requests).toHaveLength(2);
  });
});

describe('FindingChecks: on the person\'s request', () => {
  it('looks up one host through DoH even while it is off, and says what it answered', async () => {
    const { checks, recorder, resolver } = await setUp(false);
    await recorder.failed(reset);
    expect(await checks.lookUp(7, 'api.game.example.org')).toEqual({
      ok: true,
      answers: [{ source: 'doh', resolver: 'dns.example', answer: { outcome: 'addresses', addresses: ['35.200.1.9'], ttl: 300 } }],
    });
    expect(await recorder.finding(7, 'api.game.example.org')).toMatchObject({ cause: 'collateral' });
    expect(resolver.requests).toHaveLength(2);
  });

  it('refuses an address literal and a finding that is gone, without asking anyone', async () => {
    const { checks, resolver } = await setUp(true);
    expect(await checks.lookUp(7, '35.200.1.9')).toEqual({ ok: false, reason: 'not-a-name' });
    expect(await checks.lookUp(7, 'api.game.example.org')).toEqual({ ok: false, reason: 'gone' });
    expect(await checks.recheck(7, 'api.game.example.org')).toEqual({ ok: false, reason: 'gone' });
    expect(resolver.requests).toHaveLength(0);
  });

  it('checks again over HTTPS, then the failed origin, and keeps the outcome with the finding', async () => {
    const { checks, recorder, rechecked, willRecheck } = await setUp(false);
    await recorder.failed(reset);
    const still = await checks.recheck(7, 'api.game.example.org');
    expect(still).toEqual({ ok: true, recheck: { at: 9000, outcome: 'fails', detail: 'net::ERR_CONNECTION_RESET' } });
    expect(rechecked).toEqual([['https://api.game.example.org/', 'http://api.game.example.org:8080/']]);
    willRecheck({ outcome: 'loads', detail: 'HTTP 200' });
    await checks.recheck(7, 'api.game.example.org');
    expect(await recorder.finding(7, 'api.game.example.org')).toMatchObject({
      cause: 'suspected',
      recheck: { at: 9000, outcome: 'loads', detail: 'HTTP 200' },
    });
  });
});
