import { describe, expect, it } from 'vitest';
import { pageDirection, pageLanguage } from '../../../../components/shared/page-language';
import { messagesTranslate, type Locale } from '../../helpers/messages-translate';

describe('the page language and direction follow the messages', () => {
  it.each<[Locale, string, 'ltr' | 'rtl']>([
    ['en', 'en', 'ltr'],
    ['ru', 'ru', 'ltr'],
    ['uk', 'uk', 'ltr'],
    ['fa', 'fa', 'rtl'],
  ])('%s: lang %s, dir %s', (locale, lang, dir) => {
    const t = messagesTranslate(locale);
    expect(pageLanguage(t)).toBe(lang);
    expect(pageDirection(t)).toBe(dir);
  });

  it('lays out left to right when the message is missing or unexpected', () => {
    expect(pageDirection(() => '')).toBe('ltr');
    expect(pageDirection(() => 'sideways')).toBe('ltr');
  });
});
