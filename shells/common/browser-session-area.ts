// Adapts a browser storage area (storage.session in the worker) to the SessionArea the lib uses.
import type { SessionArea } from '../../lib/storage/session-area';

interface StorageAreaLike {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export function browserSessionArea(area: StorageAreaLike): SessionArea {
  return {
    get: async (key) => (await area.get(key))[key],
    getMany: (keys) => (keys.length === 0 ? Promise.resolve({}) : area.get([...keys])),
    getAll: () => area.get(null),
    set: (key, value) => area.set({ [key]: value }),
    setMany: (items) => area.set(items),
    remove: (keys) => area.remove(typeof keys === 'string' ? keys : [...keys]),
  };
}
