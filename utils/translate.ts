// The extension's Translate: browser.i18n.getMessage, shared by the worker and the pages.
import { browser } from 'wxt/browser';
import type { Translate } from '../lib/explain/translate';

// WXT types getMessage by literal key; Blocklens builds keys from vocabulary codes, and the locale
// tests check that every such key exists.
const i18n = browser.i18n as unknown as { getMessage: Translate };

export const t: Translate = (key, substitutions) => i18n.getMessage(key, substitutions);
