// Times on the report pages: date and time in the page's language and the person's time zone.
export function formatTime(time: number, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}

/** A report's `hour` (UTC, on the hour) in the person's time zone. */
export function formatHour(hour: string, lang: string): string {
  return formatTime(Date.parse(hour), lang);
}
