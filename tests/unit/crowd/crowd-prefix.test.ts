import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domainPrefix } from '../../../collector/src/domain-prefix';
import { crowdPrefix } from '../../../lib/crowd/crowd-prefix';

describe('crowdPrefix', () => {
  it('is the first 4 hex digits of SHA-256, as the collector files reports under', async () => {
    // The collector's own prefix (node:crypto) is the oracle.
    await fc.assert(
      fc.asyncProperty(fc.domain(), async (domain) => {
        expect(await crowdPrefix(domain)).toBe(domainPrefix(domain));
      }),
    );
  });

  it('hashes the lower-case domain', async () => {
    expect(await crowdPrefix('Blocked.RU')).toBe(await crowdPrefix('blocked.ru'));
    expect(await crowdPrefix('blocked.ru')).toMatch(/^[0-9a-f]{4}$/);
  });
});
