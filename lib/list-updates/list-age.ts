// When a list counts as out of date (lists.md): its own date more than 14 days back.

export const OUT_OF_DATE_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/** False when the list has no date to judge by. */
export function isListOutOfDate(date: string, now: number): boolean {
  const time = /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00Z`) : Number.NaN;
  return Number.isFinite(time) && now - time > OUT_OF_DATE_DAYS * DAY_MS;
}
