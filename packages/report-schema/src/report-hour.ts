// The hour a report names: when its failures were seen, rounded down to the hour, in UTC.

const HOUR_MS = 3_600_000;

/** The UTC hour `time` (ms since the epoch) falls in: `YYYY-MM-DDTHH:00:00Z`. */
export function hourOf(time: number): string {
  return `${new Date(Math.floor(time / HOUR_MS) * HOUR_MS).toISOString().slice(0, 13)}:00:00Z`;
}
