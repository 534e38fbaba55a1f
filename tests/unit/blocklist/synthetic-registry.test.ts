import { describe, expect, it } from 'vitest';
import type { SourceRecord } from '../../../lib/blocklist/format/types';
import { parseRkn } from '../../../lib/blocklist/sources/parse-rkn';
import { ParseTally } from '../../../lib/blocklist/sources/parse-tally';
import { registryDump, syntheticRegistry, SYNTHETIC_LIST } from '../../support/blocklist/synthetic-registry';

const SHAPE = { seed: 7, domains: 400, wildcardShare: 0.1, urls: 300, ipv4Addresses: 150, ipv4Ranges: 40, ipv6Entries: 30 };

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

describe('syntheticRegistry', () => {
  it('draws the same registry from the same seed, another from another', () => {
    expect(syntheticRegistry(SHAPE)).toEqual(syntheticRegistry(SHAPE));
    expect(syntheticRegistry({ ...SHAPE, seed: 8 })).not.toEqual(syntheticRegistry(SHAPE));
  });

  it('has the asked shape', () => {
    const sources = syntheticRegistry(SHAPE);
    const all = (pick: (source: SourceRecord) => string[]) => new Set(sources.flatMap(pick));
    expect(all((s) => s.domains).size + all((s) => s.wildcards).size).toBe(SHAPE.domains);
    expect(all((s) => s.wildcards).size).toBe(SHAPE.domains * SHAPE.wildcardShare);
    expect(all((s) => s.urls).size).toBe(SHAPE.urls);
    const addresses = [...all((s) => s.addresses)];
    expect(addresses.filter((a) => !a.includes(':') && !a.includes('/'))).toHaveLength(SHAPE.ipv4Addresses);
    expect(addresses.filter((a) => a.includes(':')).length).toBeLessThanOrEqual(SHAPE.ipv6Entries);
  });

  it('writes a registry dump that the registry parser reads back as the same records', async () => {
    const sources = syntheticRegistry(SHAPE);
    const tally = new ParseTally('synthetic.csv');
    const parsed: SourceRecord[] = [];
    for await (const record of parseRkn(once(registryDump(sources, '2026-01-01')), SYNTHETIC_LIST, tally)) parsed.push(record);
    expect(parsed).toEqual(sources);
    expect(tally.summary).toMatchObject({ rejected: 0, droppedEntries: 0, updated: '2026-01-01' });
  });
});
