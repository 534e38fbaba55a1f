// The worker's view of the person's settings: read once, then kept current from storage changes.
import { browser } from 'wxt/browser';
import { normaliseSettings, SETTINGS_KEY, type Settings } from '../../lib/settings/settings';

export interface SettingsSource {
  current: () => Promise<Settings>;
  /** Called with the settings before and after each change. */
  onChange: (listener: (after: Settings, before: Settings) => void) => void;
}

/** Registers its storage listener at once, as every worker listener must be. */
export function watchSettings(): SettingsSource {
  let current: Promise<Settings> | undefined;
  const listeners: ((after: Settings, before: Settings) => void)[] = [];
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'local' || !change) return;
    const after = normaliseSettings(change.newValue);
    current = Promise.resolve(after);
    for (const listener of listeners) listener(after, normaliseSettings(change.oldValue));
  });
  return {
    current: () =>
      (current ??= browser.storage.local.get(SETTINGS_KEY).then((stored) => normaliseSettings(stored[SETTINGS_KEY]))),
    onChange: (listener) => listeners.push(listener),
  };
}
