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

  it('ships English and Russian', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'ru']));
  });

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
});
