// A Translate over the real public/_locales files, substituting $1..$9 as browser.i18n does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Locale = 'en' | 'ru' | 'uk' | 'fa';

const localesDir = join(import.meta.dirname, '../../../public/_locales');

export function messagesTranslate(locale: Locale): (key: string, substitutions?: string[]) => string {
  const messages = JSON.parse(readFileSync(join(localesDir, locale, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;
  return (key, substitutions = []) => {
    const entry = messages[key];
    // A missing key is a bug the browser would hide behind an empty string.
    if (!entry) throw new Error(`no message "${key}" in ${locale}`);
    return entry.message.replace(/\$(\d|\$)/g, (_, ref: string) =>
      ref === '$' ? '$' : (substitutions[Number(ref) - 1] ?? ''),
    );
  };
}
