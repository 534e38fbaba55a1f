import { describe, expect, it } from 'vitest';
import { displayHost, displayHostsIn, withHostsShown } from '../../../../components/shared/display-host';

// The ASCII forms are what Node's WHATWG URL parser (UTS #46) makes of the names in the comments.
describe('displayHost', () => {
  it.each([
    ['xn--e1afmkfd.xn--p1ai', 'пример.рф'],
    ['xn--d1abbgf6aiiy.xn--p1ai', 'президент.рф'],
    ['www.xn--80aswg.xn--p1ai', 'www.сайт.рф'],
    ['kremlin.xn--p1ai', 'kremlin.рф'],
    ['xn--b1amnebsh.xn--p1acf', 'новости.рус'],
    // A Cyrillic name under a Latin top-level domain, when its letters do not all pass for Latin ones.
    ['xn--d1acpjx3f.com', 'яндекс.com'],
    ['xn--80abdxjcdyct.com', 'блокировка.com'],
    ['xn--bcher-kva.de', 'bücher.de'],
    ['xn--hxa3ahjw4a.com', 'πλάτων.com'],
    // A stress mark the script uses, after a letter: "толсто́й".
    ['xn--lsa83dealbred.com', 'толсто́й.com'],
    // Thai vowel and tone marks stacked on one letter: "ที่นี่".
    ['xn--o3ce7fb7gc.th', 'ที่นี่.th'],
    ['xn--mgbh0fb.xn--mgba3a4f16a', 'مثال.ایران'],
    ['xn--r8jz45g.jp', '例え.jp'],
    ['xn--tckya3d6c6cucb.jp', 'コンピューター.jp'],
    // All its letters look like Latin ones ("аррӏе"), but under a Cyrillic or Russian domain.
    ['xn--80ak6aa92e.xn--p1ai', 'аррӏе.рф'],
    ['xn--80ak6aa92e.ru', 'аррӏе.ru'],
  ])('shows %s as %s', (ascii, shown) => {
    expect(new URL(`http://${shown}/`).hostname).toBe(ascii);
    expect(displayHost(ascii)).toBe(shown);
  });

  it.each([
    // Whole-script confusables under a Latin top-level domain: "аррӏе.com", "сосо.com", "ааа.com".
    ['xn--80ak6aa92e.com', 'аррӏе.com'],
    ['xn--n1aahb.com', 'сосо.com'],
    ['xn--80aaa.com', 'ааа.com'],
    // Cyrillic "а" among Latin letters: "аpple.com".
    ['xn--pple-43d.com', 'аpple.com'],
    // Only digits and a letter that looks like one: "з1".
    ['xn--1-mtb.com', 'з1.com'],
    // A deviation character: "fuß".
    ['xn--fu-hia.de', 'fuß.de'],
    // Scripts Unicode does not recommend for identifiers: Yi, Cherokee.
    ['xn--4o7a6e1x64c.com', 'ꆈꌠꁱꂷ.com'],
    ['xn--f9dt7l.com', 'ᏣᎳᎩ.com'],
  ])('keeps %s, which could pass for another name (%s), in its ASCII form', (ascii, unicode) => {
    expect(new URL(`http://${unicode}/`).hostname).toBe(ascii);
    expect(displayHost(ascii)).toBe(ascii);
  });

  it('decides label by label, as browsers do', () => {
    // "аррӏе" passes for Latin under .com, "пример" does not.
    expect(displayHost('xn--80ak6aa92e.xn--e1afmkfd.com')).toBe('xn--80ak6aa92e.пример.com');
  });

  it('keeps a right-to-left name in ASCII when a label starting with a digit could trade places with it', () => {
    expect(displayHost('1.xn--mgbh0fb.xn--mgba3a4f16a')).toBe('1.xn--mgbh0fb.xn--mgba3a4f16a');
  });

  it.each([
    'example.org',
    'telegram.org',
    '127.0.0.1',
    '2001:db8::1',
    // Not valid Punycode, or Punycode of plain ASCII, or not encoded back to itself.
    'xn--example-.com',
    'xn--.com',
    'xn--abc-.com',
    'xn--E1AFMKFD.com',
    // A letter of Latin Extended Additional ("ẍ"), and an accent repeated ("е" with U+0301 twice).
    'xn--2jg.com',
    'xn--lsaa63geb.com',
    '',
  ])('leaves %j as it is', (host) => {
    expect(displayHost(host)).toBe(host);
  });
});

describe('displayHostsIn', () => {
  it('shows the host of a wildcard entry or a URL, and leaves other text alone', () => {
    expect(displayHostsIn('*.xn--e1afmkfd.xn--p1ai')).toBe('*.пример.рф');
    expect(displayHostsIn('https://xn--e1afmkfd.xn--p1ai/news?x=1')).toBe('https://пример.рф/news?x=1');
    expect(displayHostsIn('http://xn--e1afmkfd.xn--p1ai:8080')).toBe('http://пример.рф:8080');
    expect(displayHostsIn('xn--e1afmkfd.xn--p1ai is on the list')).toBe('xn--e1afmkfd.xn--p1ai is on the list');
    expect(displayHostsIn('https://user@xn--e1afmkfd.xn--p1ai/')).toBe('https://user@xn--e1afmkfd.xn--p1ai/');
    expect(displayHostsIn('2-1779/2018')).toBe('2-1779/2018');
  });
});

describe('withHostsShown', () => {
  it('shows hosts in the substitutions of a message, and nothing else changes', () => {
    const t = (key: string, substitutions: string[] = []) => `${key}: ${substitutions.join(' | ')}`;
    const shown = withHostsShown(t);
    expect(shown('summary', ['xn--e1afmkfd.xn--p1ai', 'ru-registry'])).toBe('summary: пример.рф | ru-registry');
    expect(shown('title')).toBe('title: ');
  });
});
