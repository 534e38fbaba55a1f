// The browser's own error names for the extension's requests. fetch() only says "Failed to fetch";
// webRequest reports what really happened (net::ERR_CONNECTION_RESET, …), so the worker passes
// those errors here for the URLs a check is watching.

export interface ErrorWatch {
  /** The error seen for the URL, waiting at most `graceMs` for it to be reported. */
  settle(graceMs: number): Promise<string | undefined>;
  stop(): void;
}

export class RequestErrors {
  private readonly listeners = new Map<string, Set<(error: string) => void>>();

  /** Cheap enough for every request: the worker calls noted() only while this is true. */
  get watching(): boolean {
    return this.listeners.size > 0;
  }

  noted(url: string, error: string): void {
    for (const listener of this.listeners.get(url) ?? []) listener(error);
  }

  watch(url: string): ErrorWatch {
    let seen: string | undefined;
    let wake = () => {};
    const listener = (error: string) => {
      seen = error;
      wake();
    };
    const listeners = this.listeners.get(url) ?? new Set();
    listeners.add(listener);
    this.listeners.set(url, listeners);
    const stop = () => {
      listeners.delete(listener);
      if (listeners.size === 0 && this.listeners.get(url) === listeners) this.listeners.delete(url);
    };
    return {
      settle: (graceMs) =>
        new Promise((resolve) => {
          if (seen !== undefined) return resolve(seen);
          const timer = setTimeout(() => resolve(seen), graceMs);
          wake = () => {
            clearTimeout(timer);
            resolve(seen);
          };
        }),
      stop,
    };
  }
}
