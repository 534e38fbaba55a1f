// An in-memory SessionArea that round-trips values through JSON, as browser storage does, and
// refuses a write that would pass its quota as Chrome does (keys and JSON values counted).
import type { SessionArea } from '../../../lib/storage/session-area';

export class MemorySessionArea implements SessionArea {
  readonly data = new Map<string, string>();
  /** The keys of each set/setMany call that stored something, in order. */
  readonly writes: string[][] = [];

  constructor(private readonly quotaBytes = Infinity) {}

  /** What the stored items take, as the quota counts it. */
  get bytesInUse(): number {
    let bytes = 0;
    for (const [key, raw] of this.data) bytes += key.length + raw.length;
    return bytes;
  }

  async get(key: string): Promise<unknown> {
    const raw = this.data.get(key);
    return raw === undefined ? undefined : JSON.parse(raw);
  }

  async getMany(keys: readonly string[]): Promise<Record<string, unknown>> {
    const found: Record<string, unknown> = {};
    for (const key of keys) {
      const raw = this.data.get(key);
      if (raw !== undefined) found[key] = JSON.parse(raw);
    }
    return found;
  }

  async getAll(): Promise<Record<string, unknown>> {
    return this.getMany([...this.data.keys()]);
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.setMany({ [key]: value });
  }

  async setMany(items: Record<string, unknown>): Promise<void> {
    const raw = Object.entries(items).map(([key, value]) => [key, JSON.stringify(value)] as const);
    let bytes = this.bytesInUse;
    for (const [key, text] of raw) bytes += key.length + text.length - (this.data.has(key) ? key.length + this.data.get(key)!.length : 0);
    if (bytes > this.quotaBytes) throw new Error('Session storage quota bytes exceeded. Values were not stored.');
    for (const [key, text] of raw) this.data.set(key, text);
    this.writes.push(raw.map(([key]) => key));
  }

  async remove(keys: string | readonly string[]): Promise<void> {
    for (const key of typeof keys === 'string' ? [keys] : keys) this.data.delete(key);
  }
}
