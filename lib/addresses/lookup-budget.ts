// A bound on how many lookups leave the browser in any minute: a page that fails on hundreds of
// hosts must not turn into hundreds of requests to the resolver.

const WINDOW_MS = 60_000;

export class LookupBudget {
  /** Times of the lookups spent in the last minute, oldest first. */
  private readonly spent: number[] = [];

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number,
  ) {}

  /** Spends one lookup if the last minute has room for it. */
  take(): boolean {
    const now = this.now();
    while (this.spent.length > 0 && this.spent[0]! <= now - WINDOW_MS) this.spent.shift();
    if (this.spent.length >= this.perMinute) return false;
    this.spent.push(now);
    return true;
  }
}
