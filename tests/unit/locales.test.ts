import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const localesDir = join(import.meta.dirname, '../../public/_locales');
const locales = readdirSync(localesDir);

function messagesOf(locale: string): Record<string, { message: string }> {
  return JSON.parse(readFileSync(join(localesDir, locale, 'messages.json'), 'utf8'));
}

const placeholders = (message: string) => [...message.matchAll(/\$\d/g)].map((m) => m[0]).sort();

describe('locales', () => {
  const english = messagesOf('en');
  const russian = messagesOf('ru');

  it('ships English, Russian, Ukrainian and Persian', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'ru', 'uk', 'fa']));
  });

  // Equal key sets with English, both ways, also catch a key that one locale has and the others lack.
  it.each(locales.filter((l) => l !== 'en'))('%s has exactly the English keys and placeholders', (locale) => {
    const messages = messagesOf(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, { message }] of Object.entries(english)) {
      expect({ key, placeholders: placeholders(messages[key]!.message) }).toEqual({
        key,
        placeholders: placeholders(message),
      });
      expect(messages[key]!.message.trim(), key).not.toBe('');
    }
  });

  it.each(locales)('%s names its own language and a text direction', (locale) => {
    const messages = messagesOf(locale);
    expect(messages.popup_language?.message).toBe(locale);
    expect(messages.popup_direction?.message).toBe(locale === 'fa' ? 'rtl' : 'ltr');
  });

  // What Russian puts in words, the other languages put in words too, each in its own script and spelling.
  const translated = Object.keys(english).filter((key) => /[а-я]/i.test(russian[key]!.message));
  const scripts: Record<string, { letters: RegExp; foreign: RegExp }> = {
    // Ukrainian, not Russian: no ы, э, ъ or ё.
    uk: { letters: /[а-яіїєґ]/i, foreign: /[ыэъё]/i },
    // Persian, not Arabic: ی and ک rather than Arabic yeh and kaf.
    fa: { letters: /[\u0600-\u06FF]/, foreign: /[\u064A\u0643]/ },
  };

  it.each(Object.keys(scripts))('%s translates every message that Russian translates', (locale) => {
    const messages = messagesOf(locale);
    const { letters, foreign } = scripts[locale]!;
    const untranslated = translated.filter((key) => !letters.test(messages[key]!.message));
    expect(untranslated).toEqual([]);
    const misspelt = Object.keys(messages).filter((key) => foreign.test(messages[key]!.message));
    expect(misspelt).toEqual([]);
  });

  // In right-to-left text the neutral "://" of a URL followed by a word would run the other way
  // ("//:https"); a left-to-right isolate (U+2066 … U+2069) keeps each URL in the message whole.
  it.each(locales.filter((locale) => messagesOf(locale).popup_direction?.message === 'rtl'))(
    '%s keeps every URL in its messages in a left-to-right isolate',
    (locale) => {
      const bare = Object.entries(messagesOf(locale))
        .filter(([, { message }]) => message.replace(/\u2066[^\u2069]*\u2069/g, '').includes('://'))
        .map(([key]) => key);
      expect(bare).toEqual([]);
    },
  );
});
