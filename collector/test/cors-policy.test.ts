// Origin patterns: `*` stands for one extension id and nothing else.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORS_ORIGINS } from '../src/config';
import { originMatcher } from '../src/cors-policy';

describe('originMatcher', () => {
  const allowed = originMatcher(DEFAULT_CORS_ORIGINS);

  it('allows extension pages of Chrome and Firefox', () => {
    expect(allowed('chrome-extension://abcdefghijklmnopabcdefghijklmnop')).toBe(true);
    expect(allowed('moz-extension://0b6f2b0e-5d8c-4a61-9b40-3c5c1d2e7f10')).toBe(true);
  });

  it.each(['https://example.org', 'chrome-extension://', 'chrome-extension://abc.evil.example', 'chrome-extension://abc/path', 'xchrome-extension://abc', 'null', ''])(
    'refuses %j',
    (origin) => {
      expect(allowed(origin)).toBe(false);
    },
  );

  it('matches exact origins literally', () => {
    const only = originMatcher(['chrome-extension://abcdefghijklmnopabcdefghijklmnop']);
    expect(only('chrome-extension://abcdefghijklmnopabcdefghijklmnop')).toBe(true);
    expect(only('chrome-extension://bbcdefghijklmnopabcdefghijklmnop')).toBe(false);
    expect(originMatcher([])('chrome-extension://abcdefghijklmnopabcdefghijklmnop')).toBe(false);
  });
});
