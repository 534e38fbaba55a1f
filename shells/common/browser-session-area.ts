// Adapts a browser storage area (storage.session in the worker) to the SessionArea the lib uses.
import type { SessionArea } from '../../lib/storage/session-area';

interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export function browserSessionArea(area: StorageAreaLike): SessionArea {
  return {
    get: async (key) => (await area.get(key))[key],
    set: (key, value) => area.set({ [key]: value }),
    remove: (key) => area.remove(key),
  };
}
