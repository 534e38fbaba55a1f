// The language the extension's messages are in: the browser falls back to English for a language
// Blocklens does not ship, so the page's lang, direction, dates and country names follow the
// messages (not the browser's own language, which may be right to left while the messages are not).
import type { Translate } from '../../lib/explain/translate';

export function pageLanguage(t: Translate): string {
  return t('popup_language');
}

export function pageDirection(t: Translate): 'ltr' | 'rtl' {
  return t('popup_direction') === 'rtl' ? 'rtl' : 'ltr';
}
