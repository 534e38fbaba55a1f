// An in-memory SessionArea that round-trips values through JSON, as browser storage does.
import type { SessionArea } from '../../../lib/storage/session-area';

export class MemorySessionArea implements SessionArea {
  readonly data = new Map<string, string>();

  async get(key: string): Promise<unknown> {
    const raw = this.data.get(key);
    return raw === undefined ? undefined : JSON.parse(raw);
  }

  async set(key: string, value: unknown): Promise<void> {
    this.data.set(key, JSON.stringify(value));
  }

  async remove(key: string): Promise<void> {
    this.data.delete(key);
  }
}
