import { describe, expect, it } from 'vitest';
import { KEPT_PATH_LENGTH, keptUrl } from '../../../lib/observe/kept-url';

describe('keptUrl', () => {
  it('drops credentials, the query and the fragment, and keeps the origin with its port', () => {
    expect(keptUrl('http://user:secretpass@host.example:8080/account?token=s3cr3t#frag')).toBe(
      'http://host.example:8080/account',
    );
    expect(keptUrl('https://user@host.example/?q=1')).toBe('https://host.example/');
    expect(keptUrl('wss://[2001:db8::1]:444/socket?session=abc')).toBe('wss://[2001:db8::1]:444/socket');
  });

  it('cuts a long path and marks the cut', () => {
    const kept = keptUrl(`https://host.example/${'deep/'.repeat(4_000)}?token=s3cr3t`);
    expect(kept).toBe(`https://host.example${`/${'deep/'.repeat(4_000)}`.slice(0, KEPT_PATH_LENGTH)}…`);
    expect(kept.length).toBeLessThan(300);
  });

  it('never cuts inside a percent escape', () => {
    const kept = keptUrl(`https://host.example/${'ж'.repeat(300)}`);
    expect(kept).toMatch(/^https:\/\/host\.example\/(%D0%B6)+…$/);
  });

  it('gives the same text when kept again', () => {
    for (const url of [
      `https://host.example/${'a'.repeat(40_000)}.png?x=1`,
      'http://user:pass@host.example:81/p?q#f',
      `https://host.example/${'ж'.repeat(300)}`,
    ]) {
      expect(keptUrl(keptUrl(url))).toBe(keptUrl(url));
    }
  });

  it('keeps nothing of text that is not a URL with a host', () => {
    expect(keptUrl('not a url ?token=s3cr3t')).toBe('');
    expect(keptUrl('data:text/html,secret')).toBe('');
    expect(keptUrl('')).toBe('');
  });
});
