// The slice of storage.session the worker uses, passed in so lib/ runs in Node tests.

export interface SessionArea {
  get(key: string): Promise<unknown>;
  /** The values stored under `keys`; a key with nothing stored is left out. */
  getMany(keys: readonly string[]): Promise<Record<string, unknown>>;
  /** Everything stored: costly, for the rare moment storage runs short. */
  getAll(): Promise<Record<string, unknown>>;
  set(key: string, value: unknown): Promise<void>;
  /** Several values in one write; when storage is short the browser keeps none of them and throws. */
  setMany(items: Record<string, unknown>): Promise<void>;
  remove(key: string | readonly string[]): Promise<void>;
}

/**
 * Whether a write failed because storage is full: Chrome says "Session storage quota bytes
 * exceeded", Firefox throws a QuotaExceededError.
 */
export function isQuotaError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(text);
}
