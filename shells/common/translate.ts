// The extension's Translate: browser.i18n.getMessage, shared by the worker and the pages; in a
// right-to-left translation every substitution keeps its own direction.
import { browser } from 'wxt/browser';
import { isolateSubstitutions } from '../../lib/explain/isolate-substitutions';
import type { Translate } from '../../lib/explain/translate';

// WXT types getMessage by literal key; Blocklens builds keys from vocabulary codes, and the locale
// tests check that every such key exists.
const i18n = browser.i18n as unknown as { getMessage: Translate };

const getMessage: Translate = (key, substitutions) => i18n.getMessage(key, substitutions);

export const t: Translate = getMessage('popup_direction') === 'rtl' ? isolateSubstitutions(getMessage) : getMessage;
