// The verified list update in use and what became of the last check, in IndexedDB so both outlive
// worker and browser restarts. Nothing is written here before every check of it passed.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ListUpdateState, ListStore, StoredList } from './list-updater';

interface ListSchema extends DBSchema {
  list: { key: 'current'; value: StoredList };
  meta: { key: 'state'; value: ListUpdateState };
}

export async function openListStore(name = 'blocklens-lists'): Promise<IndexedListStore> {
  const db = await openDB<ListSchema>(name, 1, {
    upgrade(database) {
      database.createObjectStore('list');
      database.createObjectStore('meta');
    },
    blocking() {
      db.close();
    },
  });
  return new IndexedListStore(db);
}

export class IndexedListStore implements ListStore {
  constructor(private readonly db: IDBPDatabase<ListSchema>) {}

  async load(): Promise<StoredList | null> {
    return (await this.db.get('list', 'current')) ?? null;
  }

  async save(list: StoredList): Promise<void> {
    await this.db.put('list', list, 'current');
  }

  async clear(): Promise<void> {
    await this.db.delete('list', 'current');
  }

  async state(): Promise<ListUpdateState | null> {
    return (await this.db.get('meta', 'state')) ?? null;
  }

  async saveState(state: ListUpdateState): Promise<void> {
    await this.db.put('meta', state, 'state');
  }

  close(): void {
    this.db.close();
  }
}
