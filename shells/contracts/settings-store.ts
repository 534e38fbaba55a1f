// How an extension page reads and changes the person's settings (the browser's storage.local behind
// it in the pages, a memory store in component tests).
import type { Settings } from '../../lib/settings/settings';

export interface SettingsStore {
  load(): Promise<Settings>;
  /** Reads the stored settings afresh, applies `change` and writes the whole normalised result. */
  update(change: (current: Settings) => Settings): Promise<Settings>;
  /** Calls `listener` after every change made anywhere (another page, the worker); returns the unsubscribe. */
  watch(listener: (settings: Settings) => void): () => void;
}
