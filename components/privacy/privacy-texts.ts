// PRIVACY.md and its translations, bundled at build time, one for each language the extension
// ships; tests/unit/components/privacy/privacy-translations.test.ts keeps them in step with it.
import en from '../../PRIVACY.md?raw';
import fa from '../../PRIVACY.fa.md?raw';
import ru from '../../PRIVACY.ru.md?raw';
import uk from '../../PRIVACY.uk.md?raw';

export const PRIVACY_TEXTS: Readonly<Record<string, string>> = { en, ru, uk, fa };

export interface PrivacyText {
  /** The language the text is in: the page's, or English when there is no translation. */
  lang: string;
  markdown: string;
}

/** The privacy text in the page's language, or in English when that language has none. */
export function privacyText(lang: string): PrivacyText {
  const markdown = PRIVACY_TEXTS[lang];
  return markdown === undefined ? { lang: 'en', markdown: en } : { lang, markdown };
}
