// Popup entry: mounts the app with the browser's translations.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/popup/popup.css';
import type { Translate } from '../../lib/explain/translate';
import { App } from './App';

// WXT types getMessage by literal key; the popup's keys are built from codes, and its tests check each.
const i18n = browser.i18n as unknown as { getMessage: Translate };
const t: Translate = (key, substitutions) => i18n.getMessage(key, substitutions);

document.documentElement.lang = t('popup_language');
document.title = t('extName');
const root = document.getElementById('app');
if (root) render(<App t={t} />, root);
