// The settings as a page shows them: loaded once, then following every change made anywhere.
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings/settings';
import type { SettingsStore } from '../../shells/contracts/settings-store';
import { errorMessage } from './error-message';

export type SettingsView =
  | { phase: 'loading' }
  | { phase: 'ready'; settings: Settings }
  | { phase: 'error'; message: string };

/** The view, and a setter for settings the page has just saved (shown before the change event arrives). */
export function useSettings(store: SettingsStore): [SettingsView, (settings: Settings) => void] {
  const [view, setView] = useState<SettingsView>({ phase: 'loading' });
  useEffect(() => {
    let changed = false;
    // Listening before the first read, so a change between the two is not lost.
    const stop = store.watch((settings) => {
      changed = true;
      setView({ phase: 'ready', settings });
    });
    // A change seen meanwhile is newer than what the first read found.
    store.load().then(
      (settings) => {
        if (!changed) setView({ phase: 'ready', settings });
      },
      (error: unknown) => {
        if (!changed) setView({ phase: 'error', message: errorMessage(error) });
      },
    );
    return stop;
  }, [store]);
  return [view, (settings) => setView({ phase: 'ready', settings })];
}
