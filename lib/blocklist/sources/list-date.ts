// Decision dates from list sources as YYYY-MM-DD.

import { accepted, quoted, refused, type Checked } from '../../validation/checked';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?.*)?$/;

/** Accepts a calendar date, optionally followed by a time ("2018-05-05 13:25:00 +0000"); the time is dropped. */
export function normaliseDate(text: string): Checked<string> {
  const match = ISO_DATE.exec(text);
  if (!match) return refused(`bad date ${quoted(text)}`);
  const [, year, month, day] = match as unknown as [string, string, string, string];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) {
    return refused(`bad date ${quoted(text)}`);
  }
  return accepted(`${year}-${month}-${day}`);
}
