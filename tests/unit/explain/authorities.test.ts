import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authorityMessage, authorityName } from '../../../lib/explain/authorities';
import { messagesTranslate, type Locale } from '../helpers/messages-translate';

/** Every authority the registry dumps name, with how many records each dump gives it. */
const FIXTURE = readFileSync(join(import.meta.dirname, '../../fixtures/lists/registry-authorities.tsv'), 'utf8');
const AUTHORITIES = FIXTURE.trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t')[0]!);

const LOCALES: Locale[] = ['en', 'ru', 'uk', 'fa'];
const CYRILLIC = /[а-яё]/i;

describe('registry authorities', () => {
  it('reads the authorities of the registry dumps from the fixture', () => {
    expect(AUTHORITIES).toEqual(
      expect.arrayContaining(['Роскомнадзор', 'Генпрокуратура', 'суд', 'Мосгорсуд', 'ФНС', 'МВД', 'ФСКН']),
    );
    expect(AUTHORITIES).toHaveLength(10);
  });

  it.each(AUTHORITIES)('names %s in every language, in that language', (authority) => {
    expect(authorityMessage(authority)).not.toBeNull();
    for (const locale of LOCALES) {
      const name = authorityName(authority, messagesTranslate(locale));
      expect(name.trim(), locale).not.toBe('');
      if (locale === 'en' || locale === 'fa') expect(name, locale).not.toMatch(CYRILLIC);
    }
    expect(authorityName(authority, messagesTranslate('fa'))).toMatch(/[\u0600-\u06FF]/);
  });

  it('says what each is in English', () => {
    const en = messagesTranslate('en');
    expect(
      Object.fromEntries(['Роскомнадзор', 'Генпрокуратура', 'суд', 'Мосгорсуд', 'ФНС', 'МВД'].map((a) => [a, authorityName(a, en)])),
    ).toEqual({
      Роскомнадзор: 'the media regulator Roskomnadzor',
      Генпрокуратура: "the Prosecutor General's Office",
      суд: 'a court',
      Мосгорсуд: 'the Moscow City Court',
      ФНС: 'the Federal Tax Service',
      МВД: 'the Interior Ministry',
    });
  });

  it('knows an authority however its spaces, case and ё are written', () => {
    const en = messagesTranslate('en');
    expect(authorityName('  Суд ', en)).toBe('a court');
    expect(authorityName('Росмолодёжь', en)).toBe(authorityName('Росмолодежь', en));
  });

  it('shows an authority it does not know as the list writes it', () => {
    for (const locale of LOCALES) {
      expect(authorityName(' Минцифры ', messagesTranslate(locale))).toBe('Минцифры');
      expect(authorityName('<b>court</b>', messagesTranslate(locale))).toBe('<b>court</b>');
    }
    expect(authorityMessage('Минцифры')).toBeNull();
  });
});
