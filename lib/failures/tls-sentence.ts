// Firefox reports TLS failures as a sentence in the browser's language instead of an NS_ERROR_*
// code; this finds the NSS error behind the sentence in every language Blocklens ships
// (nss-errors.ts), whatever apostrophes, letter variants or spacing the translation uses.
import type { FailureKind } from '@blocklens/vocabulary';
import { NSS_ERRORS, SENTENCE_LANGUAGES, type NssError } from './nss-errors';

/**
 * Lower case, "ё" as "е", one apostrophe, Arabic letter variants as Persian ones, and no spaces,
 * zero-width joiners or hamza marks, which translations place differently over the years.
 */
export function normaliseSentence(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[’‘ʼ`]/g, "'")
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/ۀ/g, 'ه')
    .replace(/[\s\u200c\u200d\u200e\u200f\u0654]/g, '');
}

const WORDS: readonly (readonly [string, NssError])[] = NSS_ERRORS.flatMap((error) =>
  SENTENCE_LANGUAGES.flatMap((language) => error.words[language].map((words) => [normaliseSentence(words), error] as const)),
);

/** The NSS error a Firefox TLS sentence names, in any language Blocklens ships; null for any other sentence. */
export function nssErrorOfSentence(sentence: string): NssError | null {
  const text = normaliseSentence(sentence);
  return WORDS.find(([words]) => text.includes(words))?.[1] ?? null;
}

export function kindFromTlsSentence(sentence: string): FailureKind {
  // Any other sentence is a handshake that broke off, as the bulk of NSS's errors are.
  return nssErrorOfSentence(sentence)?.kind ?? 'tls-failure';
}
