// Host names as people read them. The browser hands Blocklens every name in its ASCII form, with
// each label in another script as Punycode ("xn--e1afmkfd.xn--p1ai"), and that is what the popup's
// `data-host`, the evidence, the reports and the lists keep. Shown to a person, such a label is
// decoded ("пример.рф"), unless it could pass for another name: then it stays in its ASCII form, as
// a browser's address bar keeps it.
//
// The rules are a subset of Chromium's IDN display policy (docs/idn.md in Chromium's source, and
// components/url_formatter/spoof_checks/idn_spoof_checker.cc), decided label by label as Chromium
// does, and stricter where the subset leaves a check out. A label is shown decoded only when:
//
// 1. it is valid Punycode that encodes back to itself, decodes to something other than plain ASCII,
//    and is already in the form IDNA maps names to (NFKC, lower case), with no hyphen at either end;
// 2. every character is a letter or combining mark of one script, or an ASCII digit or hyphen: no
//    other digits, no symbols, punctuation or invisible characters. Japanese (Han, Hiragana,
//    Katakana), Chinese (Han, Bopomofo) and Korean (Hangul, Han) count as one script each. The
//    scripts are those Unicode recommends for identifiers (UAX #31, table 5); letters of the
//    historic blocks Chromium leaves out (Latin Extended Additional and Extended-D, Greek Extended,
//    Cyrillic Extended-B and -C, ...) are not shown. Unlike Chromium, no script mixes with Latin;
//    a combining mark must be one the label's script uses (its Script_Extensions), follow a
//    letter or another mark, and not repeat;
// 3. it is not a whole-script confusable: a label made only of letters that look like Latin ones
//    (Cyrillic "аррӏе") is shown decoded only under a top-level domain in that script (".рф") or
//    one where that script is at home (".ru", ".ua", ...: Chromium's list);
// 4. it is not made only of digits and letters that look like digits ("з1");
// 5. it has none of the IDNA deviation characters (ß, ς), þ or ð outside .is and .fo, ə outside
//    .az, and none of the Kana and CJK characters that pass for slashes, dashes or Latin letters
//    next to a character of another script;
// 6. a right-to-left label (Arabic, Hebrew, Thaana) starts with a letter, and no label of its
//    host starts with a digit (the bidirectional rule that keeps labels from trading places).
//
// Left out, so such labels may show decoded where Chromium would not: mixed-script confusables
// within one script's letters and the comparison of a name's "skeleton" with the most visited
// domains (a Latin "googlé.com"), for which Chromium carries Unicode's confusables data and a list of
// top domains. The ASCII form stays one click away, in the finding's evidence.
import { decode, encode } from 'punycode/punycode.es6.js';
import type { Translate } from '../../lib/explain/translate';

const ACE_PREFIX = 'xn--';

/** Recommended scripts of UAX #31 (table 5), by their Unicode property names. */
const SCRIPTS = [
  'Arabic', 'Armenian', 'Bengali', 'Bopomofo', 'Cyrillic', 'Devanagari', 'Ethiopic', 'Georgian',
  'Greek', 'Gujarati', 'Gurmukhi', 'Han', 'Hangul', 'Hebrew', 'Hiragana', 'Kannada', 'Katakana',
  'Khmer', 'Lao', 'Latin', 'Malayalam', 'Myanmar', 'Oriya', 'Sinhala', 'Tamil', 'Telugu', 'Thaana',
  'Thai', 'Tibetan',
] as const;
type Script = (typeof SCRIPTS)[number];

/** Scripts a person reads as one: the writing systems of Chinese, Japanese and Korean. */
const WRITING_SYSTEMS: Record<string, readonly Script[]> = {
  Chinese: ['Han', 'Bopomofo'],
  Japanese: ['Han', 'Hiragana', 'Katakana'],
  Korean: ['Hangul', 'Han'],
  ...Object.fromEntries(
    SCRIPTS.filter((script) => !['Han', 'Bopomofo', 'Hiragana', 'Katakana', 'Hangul'].includes(script)).map(
      (script) => [script, [script]],
    ),
  ),
};

const RIGHT_TO_LEFT = new Set(['Arabic', 'Hebrew', 'Thaana']);

/**
 * Whole-script confusables: per script, its letters that look like Latin letters, and the
 * top-level domains where names in that script are at home (Chromium's kWholeScriptConfusables,
 * its larger Thai set). Digits of other scripts are left out: rule 2 shows none of them.
 */
const LATIN_LOOKALIKES: readonly { script: Script; letters: string; tlds: readonly string[] }[] = [
  { script: 'Armenian', letters: 'ագզէլհյոսւօՙ', tlds: ['am'] },
  { script: 'Cyrillic', letters: 'аысԁеԍһіюкјӏорԗԛѕԝхуъьҽпгѵѡ', tlds: ['bg', 'by', 'kz', 'pyc', 'ru', 'su', 'ua', 'uz'] },
  { script: 'Ethiopic', letters: 'ሀሠሰስበነተከዐዕዘጠፐꬅ', tlds: ['er', 'et'] },
  { script: 'Georgian', letters: 'იოყძხჽჿ', tlds: ['ge'] },
  { script: 'Greek', letters: 'αικνρυωηοτ', tlds: ['gr'] },
  { script: 'Hebrew', letters: 'דוחיןסװײ׳ﬦ', tlds: ['il'] },
  { script: 'Devanagari', letters: 'ऽॱ', tlds: [] },
  { script: 'Gujarati', letters: 'ડટ', tlds: [] },
  { script: 'Kannada', letters: 'ಽ', tlds: [] },
  { script: 'Malayalam', letters: 'ടഠധനറ', tlds: [] },
  { script: 'Oriya', letters: 'ଠ', tlds: [] },
  { script: 'Tamil', letters: 'டப', tlds: [] },
  { script: 'Myanmar', letters: 'ခဂငထပဝ', tlds: ['mm'] },
  { script: 'Thai', letters: 'ทนบพรหเแดลปฟม', tlds: ['th'] },
];

/** Letters that look like digits (Chromium's digit lookalikes, letters only). */
const DIGIT_LOOKALIKES = new Set('θշзҙӡउওਤვპੜკ丩ㄐճ');

/** Never shown decoded: deviation characters, and letters of the blocks Chromium leaves out. */
const NOT_SHOWN =
  /[\u00df\u03c2\u0138\u01cd-\u01dc\u02bb\u02bc\u02ec\u0338\u1c80-\u1c8f\u1e00-\u1e9b\u1f00-\u1fff\u2de0-\u2dff\ua640-\ua69f\ua720-\ua7ff]/u;

/** Characters of a script, for the whole-script check (Script, not Script_Extensions, as Chromium). */
const IN_SCRIPT = new Map<Script, RegExp>(SCRIPTS.map((script) => [script, new RegExp(`\\p{Script=${script}}`, 'u')]));
/** Characters that a script uses, shared ones (the Kana prolonged sound mark) included. */
const USED_BY = new Map<Script, RegExp>(
  SCRIPTS.map((script) => [script, new RegExp(`\\p{Script_Extensions=${script}}`, 'u')]),
);

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const DIGIT_OR_HYPHEN = /[0-9-]/;

/** Kana and CJK characters that pass for "/", "-", "=", "+", "T", "I" and such beside other scripts. */
const PASS_FOR_OTHERS = new Set('ノソゾン丶乀乁丿一ㄧ丨乛七丅十〇ㄒㄚㄟㄨㄩㄈㆺㆳ工ㆲ讠丁');
const CJK = /[\p{Script_Extensions=Han}\p{Script_Extensions=Hiragana}\p{Script_Extensions=Katakana}\p{Script_Extensions=Bopomofo}]/u;
const KANA = /[\p{Script_Extensions=Hiragana}\p{Script_Extensions=Katakana}]/u;
const HIRAGANA_HE = /[へべぺ]/u;
const KATAKANA_HE = /[ヘベペ]/u;

/** The writing systems a character can belong to; empty for one outside every recommended script. */
function writingSystemsOf(char: string): Set<string> {
  const systems = new Set<string>();
  for (const [system, scripts] of Object.entries(WRITING_SYSTEMS)) {
    if (scripts.some((script) => USED_BY.get(script)!.test(char))) systems.add(system);
  }
  return systems;
}

/** The one writing system of a label's letters and marks (rule 2), or null. */
function writingSystemOf(chars: readonly string[]): string | null {
  let common: ReadonlySet<string> | null = null;
  for (const [index, char] of chars.entries()) {
    if (DIGIT_OR_HYPHEN.test(char)) continue;
    if (NOT_SHOWN.test(char)) return null;
    if (MARK.test(char)) {
      const previous = chars[index - 1];
      // A mark sits on a letter, or on the marks before it (Thai tone marks, Arabic shadda): never alone or twice.
      if (previous === undefined || previous === char || !(LETTER.test(previous) || MARK.test(previous))) return null;
    } else if (!LETTER.test(char)) {
      return null;
    }
    const systems = writingSystemsOf(char);
    const before: ReadonlySet<string> = common ?? systems;
    common = new Set([...before].filter((system) => systems.has(system)));
    if (common.size === 0) return null;
  }
  return common === null ? null : ([...common][0] ?? null);
}

/** Rule 3: all the label's letters of one script look like Latin ones, away from that script's domains. */
function wholeScriptConfusable(chars: readonly string[], tld: string, tldShown: string): boolean {
  return LATIN_LOOKALIKES.some(({ script, letters, tlds }) => {
    const inScript = chars.filter((char) => IN_SCRIPT.get(script)!.test(char));
    if (inScript.length === 0 || !inScript.every((char) => letters.includes(char))) return false;
    const atHome = tlds.includes(tld) || [...tldShown].some((char) => IN_SCRIPT.get(script)!.test(char));
    return !atHome;
  });
}

/** Rule 5 for Chinese and Japanese labels. */
function cjkPassesForOthers(chars: readonly string[]): boolean {
  const besideOther = chars.some(
    (char, index) =>
      PASS_FOR_OTHERS.has(char) &&
      [chars[index - 1], chars[index + 1]].some((next) => next !== undefined && !CJK.test(next)),
  );
  // The prolonged sound mark "ー" and the iteration marks "ヽヾ" belong after Kana.
  const stray = chars.some((char, index) => /[ーヽヾ]/u.test(char) && !KANA.test(chars[index - 1] ?? ''));
  // "へ" between Katakana looks like "ヘ" (and the other way round).
  const hiragana = chars.filter((char) => /\p{Script=Hiragana}/u.test(char));
  const katakana = chars.filter((char) => /\p{Script=Katakana}/u.test(char));
  const lone =
    (hiragana.length > 0 && hiragana.every((char) => HIRAGANA_HE.test(char)) && katakana.length > 0) ||
    (katakana.length > 0 && katakana.every((char) => KATAKANA_HE.test(char)) && hiragana.length > 0);
  return besideOther || stray || lone;
}

function tldSpecific(chars: readonly string[], tld: string): boolean {
  if (chars.length < 2) return false;
  if (chars.some((char) => char === 'þ' || char === 'ð') && tld !== 'is' && tld !== 'fo') return true;
  return chars.includes('ə') && tld !== 'az';
}

/** The label decoded (rule 1), or null when it is not a valid Punycode label. */
function decodeLabel(label: string): string | null {
  if (!label.startsWith(ACE_PREFIX)) return null;
  const code = label.slice(ACE_PREFIX.length);
  let decoded: string;
  try {
    decoded = decode(code);
    if (encode(decoded) !== code) return null;
  } catch {
    return null;
  }
  if (decoded === '' || /^[\x00-\x7f]*$/.test(decoded)) return null;
  if (decoded !== decoded.normalize('NFKC').toLowerCase()) return null;
  if (decoded.startsWith('-') || decoded.endsWith('-')) return null;
  return decoded;
}

interface ShownLabel {
  text: string;
  rightToLeft: boolean;
}

function showLabel(label: string, tld: string, tldShown: string): ShownLabel {
  const asIs = { text: label, rightToLeft: false };
  const decoded = decodeLabel(label);
  if (decoded === null) return asIs;
  const chars = [...decoded];
  const system = writingSystemOf(chars);
  if (system === null) return asIs;
  if (
    wholeScriptConfusable(chars, tld, tldShown) ||
    chars.every((char) => /[0-9]/.test(char) || DIGIT_LOOKALIKES.has(char)) ||
    tldSpecific(chars, tld) ||
    ((system === 'Japanese' || system === 'Chinese') && cjkPassesForOthers(chars))
  ) {
    return asIs;
  }
  const rightToLeft = RIGHT_TO_LEFT.has(system);
  if (rightToLeft && !LETTER.test(chars[0]!)) return asIs;
  return { text: decoded, rightToLeft };
}

/**
 * A host name as a person reads it: "xn--e1afmkfd.xn--p1ai" as "пример.рф", a label that could pass
 * for another name ("xn--80ak6aa92e.com", Cyrillic "аррӏе.com") as it is. Anything that is not an
 * ASCII host name with Punycode labels (an address, a plain name) comes back unchanged.
 */
export function displayHost(host: string): string {
  if (!host.includes(ACE_PREFIX)) return host;
  const labels = host.split('.');
  const tld = labels.at(-1) === '' ? (labels.at(-2) ?? '') : (labels.at(-1) ?? '');
  const tldShown = decodeLabel(tld) ?? tld;
  const shown = labels.map((label) => showLabel(label, tld, tldShown));
  if (shown.every((label, index) => label.text === labels[index])) return host;
  // Rule 6: beside a right-to-left label, a label that starts with a digit could trade places with it.
  if (shown.some((label) => label.rightToLeft) && shown.some((label) => /^[0-9]/.test(label.text))) return host;
  return shown.map((label) => label.text).join('.');
}

/** A host name, optionally "*." before it, in ASCII. */
const HOST_NAME = /^(\*\.)?((?:[a-z0-9-]{1,63}\.)*[a-z0-9-]{1,63}\.?)$/i;
/** An absolute URL with a plain host (no user name, as stored URLs have none). */
const URL_HOST = /^([a-z][a-z0-9+.-]*:\/\/)([a-z0-9.-]+)((?:[:/?#].*)?)$/is;

/** A host, wildcard entry or URL with its host as a person reads it; other text as it is. */
export function displayHostsIn(text: string): string {
  if (!text.includes(ACE_PREFIX)) return text;
  const host = HOST_NAME.exec(text);
  if (host) return `${host[1] ?? ''}${displayHost(host[2]!)}`;
  const url = URL_HOST.exec(text);
  return url ? `${url[1]}${displayHost(url[2]!)}${url[3]}` : text;
}

/**
 * The same Translate, with every substitution that is a host name, wildcard entry or URL shown as
 * a person reads it: the sentences of the popup and the options name hosts the way people know
 * them, while what is set as data (markers, evidence, the JSON of reports) keeps the ASCII form.
 */
export function withHostsShown(t: Translate): Translate {
  return (key, substitutions) => t(key, substitutions?.map(displayHostsIn));
}
