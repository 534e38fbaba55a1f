// Right-to-left translations keep host names, addresses, URLs and error codes in their own direction:
// each substitution is set in Unicode first-strong isolates, so a Latin host inside Persian text
// neither reorders nor drags the punctuation around it.
import type { Translate } from './translate';

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

// A bare number stays as it is: the message itself arranges numbers, as the parts of a date around
// their separators, and an isolate around each would reverse that order in right-to-left text.
const BARE_NUMBER = /^\d+$/;

export function isolateSubstitutions(translate: Translate): Translate {
  return (key, substitutions) =>
    translate(
      key,
      substitutions?.map((text) =>
        BARE_NUMBER.test(text) ? text : `${FIRST_STRONG_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}`,
      ),
    );
}
