// Right-to-left translations keep host names, addresses, URLs and error codes in their own direction:
// each such substitution is set in Unicode first-strong isolates, so a Latin host inside Persian
// text neither reorders nor drags the punctuation around it.
import type { Translate } from './translate';

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * Left as they are: a bare number, which the message itself arranges (a date's parts around their
 * separators, reversed if each were isolated), and text this Translate composed already (it holds
 * isolates), which runs in the page's direction: a record "Роскомнадзор, decision … of …" isolated
 * as a whole would take the direction of its first letter, the authority's, and lay the
 * translated words out backwards.
 */
const LEFT_AS_IS = new RegExp(`^\\d+$|${FIRST_STRONG_ISOLATE}`);

export function isolateSubstitutions(translate: Translate): Translate {
  return (key, substitutions) =>
    translate(
      key,
      substitutions?.map((text) =>
        LEFT_AS_IS.test(text) ? text : `${FIRST_STRONG_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}`,
      ),
    );
}
