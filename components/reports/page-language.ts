// The language the extension's messages are in: the browser falls back to English for a language
// Blocklens does not ship, so the page's lang, dates and country names follow the messages.
import type { Translate } from '../../lib/explain/translate';

export function pageLanguage(t: Translate): string {
  return t('popup_language');
}
