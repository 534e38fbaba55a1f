// Answers kept for as long as the resolver allowed, within bounds, so that a page full of failures
// of one host asks about it once.

/** Seconds: no answer is kept shorter (a TTL of 0 would ask again for every failure) or longer. */
const MIN_TTL = 30;
const MAX_TTL = 3600;
/** Seconds for answers without a TTL of their own (no such name, no address). */
const NEGATIVE_TTL = 300;

export class LookupCache<T> {
  private readonly entries = new Map<string, { value: T; expires: number }>();

  constructor(
    private readonly now: () => number,
    private readonly maxEntries = 500,
  ) {}

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expires > this.now()) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  /** `ttl` in seconds, or undefined for a negative answer. */
  set(key: string, value: T, ttl: number | undefined): void {
    const seconds = Math.min(Math.max(ttl ?? NEGATIVE_TTL, MIN_TTL), MAX_TTL);
    this.entries.delete(key);
    this.entries.set(key, { value, expires: this.now() + seconds * 1000 });
    // Insertion order is age order: the first key is the oldest.
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}
