// The stats prefix against known SHA-256 digests, so the extension can check its own against the same.
import { describe, expect, it } from 'vitest';
import { domainPrefix, isDomainPrefix } from '../src/domain-prefix';

describe('domainPrefix', () => {
  // sha256("example.org") = bfabc374…, sha256("blocked.ru") = 03d0…, computed with sha256sum.
  it.each([
    ['example.org', 'bfab'],
    ['blocked.ru', '03d0'],
    ['EXAMPLE.ORG', 'bfab'],
  ])('%s -> %s', (domain, prefix) => {
    expect(domainPrefix(domain)).toBe(prefix);
  });

  it('accepts exactly 4 lower-case hex digits', () => {
    expect(['bfab', '0000', 'ffff'].every(isDomainPrefix)).toBe(true);
    expect(['BFAB', 'bfa', 'bfab0', 'gggg', '', 'bfab\n'].some(isDomainPrefix)).toBe(false);
  });
});
