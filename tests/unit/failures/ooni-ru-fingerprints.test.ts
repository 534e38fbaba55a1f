// Every Russian redirect fingerprint OONI knows is recognised as a block page, and so are the
// block-page hosts its body fingerprints name. The fixture is a hand-made extract of OONI's
// blocking-fingerprints (see tests/fixtures/block-pages/README.md).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockPageHost } from '../../../lib/failures/block-pages';

interface Fingerprint {
  name: string;
  location: 'location' | 'body';
  match: 'prefix' | 'contains';
  pattern: string;
  /** The URL the test follows when the pattern alone is no URL (a path, a bare domain with a path rule). */
  example: string;
}

const FIXTURE = new URL('../../fixtures/block-pages/ooni-ru-redirects.tsv', import.meta.url);

const fingerprints: Fingerprint[] = readFileSync(FIXTURE, 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => {
    const [name, location, match, pattern, example = ''] = line.split('\t');
    return { name, location, match, pattern, example } as Fingerprint;
  });

/** A Location value as the browser would follow it, or null for a pattern that is no URL at all. */
function redirectUrl({ pattern, example }: Fingerprint): string | null {
  if (example) return example;
  if (/\s/.test(pattern)) return null;
  if (/^https?:\/\//i.test(pattern)) return pattern;
  if (pattern.startsWith('://')) return `http${pattern}`;
  if (pattern.startsWith('//')) return `http:${pattern}`;
  return `http://${pattern}`;
}

const redirects = fingerprints.filter((fingerprint) => fingerprint.location === 'location');
const bodies = fingerprints.filter((fingerprint) => fingerprint.location === 'body');

describe('OONI Russian redirect fingerprints', () => {
  it('are all in the extract: 52 prefixes and 71 substrings of a Location header', () => {
    expect(redirects.filter((f) => f.match === 'prefix')).toHaveLength(52);
    expect(redirects.filter((f) => f.match === 'contains')).toHaveLength(71);
  });

  it('give examples that the fingerprint itself matches', () => {
    for (const fingerprint of fingerprints.filter((f) => f.example && f.location === 'location')) {
      const { example, pattern, match } = fingerprint;
      expect(match === 'prefix' ? example.startsWith(pattern) : example.includes(pattern), fingerprint.name).toBe(true);
    }
  });

  it('are URLs, except the RUNnet sentence filed under the Location header', () => {
    expect(redirects.filter((f) => redirectUrl(f) === null).map((f) => f.name)).toEqual(['cl.inst_edu_runnet_blockpage']);
  });

  it.each(redirects.filter((f) => redirectUrl(f) !== null).map((f) => [f.name, redirectUrl(f)!]))(
    '%s: %s is a block page',
    (_name, url) => {
      expect(blockPageHost(url)).not.toBeNull();
    },
  );
});

describe('block-page hosts named only by OONI body fingerprints', () => {
  it.each(bodies.map((f) => [f.name, f.pattern, f.example]))('%s (%s): %s is a block page', (_name, pattern, url) => {
    expect(pattern.toLowerCase()).toContain(new URL(url).hostname.replace(/^www\./, ''));
    expect(blockPageHost(url)).not.toBeNull();
  });
});

describe('fingerprints match the URL, not a substring of it', () => {
  it.each([
    // The same digits inside another address.
    'http://185.234.0.61/',
    'http://85.234.0.610.example/',
    'http://177.121.14.55/',
    'http://177.121.14.5/',
    // An address or host whose fingerprint names a port, on another port.
    'http://81.163.39.153/',
    'http://81.163.39.153:8081/',
    'https://81.163.39.153/',
    'http://error.link-region.ru/',
    'https://error.link-region.ru/',
    // Ordinary pages of hosts that serve a block page on one path only.
    'https://vasexperts.ru/',
    'https://vasexperts.ru/products/skat/',
    'http://vasexperts.ru/test/',
    'https://sv-en.ru/',
    'http://195.94.233.66/',
    'http://195.94.233.66/?other=1',
    'https://www.lanta-net.ru/',
    'https://akado-ural.ru/',
    // A path-only fingerprint on another host.
    'https://example.org/blank.php?rkn=1',
    // The host in the query of an ordinary URL.
    'https://example.org/?next=http://85.234.0.61/',
    'https://example.org/vasexperts.ru/test/blocked.php',
    'https://t2rkn.com.example.org/',
  ])('%s is not a block page', (url) => {
    expect(blockPageHost(url)).toBeNull();
  });

  it.each([
    ['http://81.163.39.153:8080/', '81.163.39.153'],
    ['http://error.link-region.ru:8099/?url=example.org', 'error.link-region.ru'],
    ['http://m.megafonpro.ru:81/rkn', 'm.megafonpro.ru'],
    ['http://85.234.0.61:8080/', '85.234.0.61'],
    ['http://195.94.233.66/?UrlRedir=http%3A%2F%2Fexample.org%2F', '195.94.233.66'],
  ])('%s is a block page on %s', (url, host) => {
    expect(blockPageHost(url)).toBe(host);
  });
});
