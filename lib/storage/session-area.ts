// The slice of storage.session the worker uses, passed in so lib/ runs in Node tests.

export interface SessionArea {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}
