// The person's settings as the extension pages read and change them: storage.local, always read
// through normaliseSettings and written back whole (less the build's own list channel and key).
import { browser } from 'wxt/browser';
import { SETTINGS_KEY, normaliseSettings, storedSettings, type Settings } from '../../lib/settings/settings';
import type { SettingsStore } from '../contracts/settings-store';

async function load(): Promise<Settings> {
  return normaliseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export const browserSettingsStore: SettingsStore = {
  load,
  async update(change) {
    const next = normaliseSettings(change(await load()));
    await browser.storage.local.set({ [SETTINGS_KEY]: storedSettings(next) });
    return next;
  },
  watch(listener) {
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const change = changes[SETTINGS_KEY];
      if (area === 'local' && change !== undefined) listener(normaliseSettings(change.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  },
};
