// The outcome of validating one list entry: its normal form, or why it was refused.
export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

export function accepted<T>(value: T): Checked<T> {
  return { ok: true, value };
}

export function refused<T>(reason: string): Checked<T> {
  return { ok: false, reason };
}

/** Quotes an offending text for a problem message, cut short so a huge field cannot flood a report. */
export function quoted(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
}
