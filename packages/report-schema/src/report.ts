// The report wire format of reports.md (schema 1) and its validator. Plain TypeScript without
// browser dependencies, so the collector validates with the very code the extension sends with.
import {
  CAUSES,
  CONFIDENCES,
  FAILURE_KINDS,
  MECHANISMS,
  type Cause,
  type Confidence,
  type FailureKind,
  type ListRecord,
  type Mechanism,
} from '@blocklens/vocabulary';
import { canonicalHost, isReportableHost } from './private-hosts';

export const REPORT_SCHEMA = 1;
export const MAX_BATCH_REPORTS = 100;
export const MAX_BODY_BYTES = 64 * 1024;
/** Enough for the decisions behind one host; keeps a full batch of 100 near the body limit. */
export const MAX_LIST_RECORDS = 10;
export const MAX_COUNT = 1_000_000;
export const LIST_FIELD_LENGTH = { list: 64, authority: 200, decision: 200 } as const;
export const BROWSERS = ['chrome', 'firefox'] as const;

export interface Report {
  /** Random UUID v4: makes retries idempotent, identifies nobody. */
  id: string;
  /** The hour the failures were seen, rounded down, UTC: `YYYY-MM-DDTHH:00:00Z`. */
  hour: string;
  /** Registrable domain of the failed host, or the exact host when the list names it. */
  domain: string;
  kind: FailureKind;
  cause: Cause;
  mechanism: Mechanism;
  confidence: Confidence;
  list: ListRecord[];
  /** How many times (domain, kind, cause) was seen within the hour. */
  count: number;
  /** ISO 3166-1 alpha-2, only when the person declared it. */
  country?: string;
}

export interface ClientInfo {
  version: string;
  browser: (typeof BROWSERS)[number];
  browserMajor: number;
}

export interface ReportBatch {
  schema: typeof REPORT_SCHEMA;
  client: ClientInfo;
  reports: Report[];
}

/** The request body for a set of reports. */
export function reportBatch(client: ClientInfo, reports: Report[]): ReportBatch {
  return { schema: REPORT_SCHEMA, client, reports };
}

/** Reports with the same key within one hour become one report with a count. */
export function aggregationKey(report: Report): string {
  return JSON.stringify([report.domain, report.kind, report.cause, report.hour]);
}

/** A list record's date: empty, or a real calendar date as YYYY-MM-DD. */
export function isListDate(value: string): boolean {
  return value === '' || (/^\d{4}-\d{2}-\d{2}$/.test(value) && isSameInstant(value, `${value}T00:00:00.000Z`));
}

function isHour(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:00:00Z$/.test(value) && isSameInstant(value, value.replace('Z', '.000Z'));
}

/** Rejects dates that `Date` would roll over, such as February 30th. */
function isSameInstant(value: string, canonical: string): boolean {
  const time = Date.parse(value);
  return !Number.isNaN(time) && new Date(time).toISOString() === canonical;
}

export type ReportValidation = { ok: true; report: Report } | { ok: false; error: string };
export type BatchValidation = { ok: true; batch: ReportBatch } | { ok: false; error: string };

export function validateReport(value: unknown): ReportValidation {
  const problem = checkReport(value);
  return problem === null ? { ok: true, report: value as Report } : { ok: false, error: describe(problem) };
}

/** Validates a whole request body; the error names the first invalid field, e.g. `reports[3].domain`. */
export function validateReportBatch(value: unknown): BatchValidation {
  const problem = checkBatch(value);
  return problem === null ? { ok: true, batch: value as ReportBatch } : { ok: false, error: describe(problem) };
}

/** Where a value is invalid (a field path, empty for the value itself) and why. */
interface Problem {
  path: string;
  message: string;
}

type Check = (value: unknown) => Problem | null;

function describe(problem: Problem): string {
  return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
}

function within(path: string, problem: Problem): Problem {
  const sub = problem.path === '' || problem.path.startsWith('[') ? problem.path : `.${problem.path}`;
  return { path: `${path}${sub}`, message: problem.message };
}

function leaf(valid: (value: unknown) => boolean, message: string): Check {
  return (value) => (valid(value) ? null : { path: '', message });
}

function text(valid: (value: string) => boolean, message: string): Check {
  return leaf((value) => typeof value === 'string' && valid(value), message);
}

function oneOf(values: readonly string[]): Check {
  return text((value) => values.includes(value), `must be one of ${values.join(', ')}`);
}

function integer(min: number, max: number): Check {
  return leaf((value) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max, `must be an integer from ${min} to ${max}`);
}

/**
 * Control characters (NUL above all) and unpaired surrogates cannot be stored as text (PostgreSQL
 * refuses NUL, and UTF-8 has no form for a lone surrogate), and no list record holds them.
 */
const UNSTORABLE = /[\u0000-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function boundedText(max: number): Check {
  return (value) => {
    if (typeof value !== 'string' || value.length > max) return { path: '', message: `must be a string of at most ${max} characters` };
    return UNSTORABLE.test(value) ? { path: '', message: 'must not hold control characters or unpaired surrogates' } : null;
  };
}

function arrayOf(item: Check, max: number): Check {
  return (value) => {
    if (!Array.isArray(value)) return { path: '', message: 'must be an array' };
    if (value.length > max) return { path: '', message: `must hold at most ${max} items` };
    for (const [index, element] of value.entries()) {
      const problem = item(element);
      if (problem !== null) return within(`[${index}]`, problem);
    }
    return null;
  };
}

/** An object with exactly these fields (in this order of checking) and no others. */
function record(fields: Record<string, Check>, optional: readonly string[] = []): Check {
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { path: '', message: 'must be an object' };
    const object = value as Record<string, unknown>;
    for (const [name, check] of Object.entries(fields)) {
      if (!Object.hasOwn(object, name)) {
        if (optional.includes(name)) continue;
        return { path: name, message: 'is missing' };
      }
      const problem = check(object[name]);
      if (problem !== null) return within(name, problem);
    }
    const unknown = Object.keys(object).find((name) => !Object.hasOwn(fields, name));
    return unknown === undefined ? null : { path: JSON.stringify(unknown.slice(0, 64)), message: 'is not a known field' };
  };
}

const checkListRecord = record({
  list: boundedText(LIST_FIELD_LENGTH.list),
  authority: boundedText(LIST_FIELD_LENGTH.authority),
  decision: boundedText(LIST_FIELD_LENGTH.decision),
  date: text(isListDate, 'must be empty or a date as YYYY-MM-DD'),
});

const checkReport = record(
  {
    id: text((value) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(value), 'must be a lower-case UUID v4'),
    hour: text(isHour, 'must be a UTC hour as YYYY-MM-DDTHH:00:00Z'),
    domain: text((value) => canonicalHost(value) === value && isReportableHost(value), 'must be a public domain name in lower-case ASCII'),
    kind: oneOf(FAILURE_KINDS),
    cause: oneOf(CAUSES),
    mechanism: oneOf(MECHANISMS),
    confidence: oneOf(CONFIDENCES),
    list: arrayOf(checkListRecord, MAX_LIST_RECORDS),
    count: integer(1, MAX_COUNT),
    country: text((value) => /^[A-Z]{2}$/.test(value), 'must be an ISO 3166-1 alpha-2 code in upper case'),
  },
  ['country'],
);

const checkBatch = record({
  schema: leaf((value) => value === REPORT_SCHEMA, `must be ${REPORT_SCHEMA}`),
  client: record({
    version: text((value) => /^\d{1,9}(\.\d{1,9}){0,3}$/.test(value), 'must be a version such as 1.2.3'),
    browser: oneOf(BROWSERS),
    browserMajor: integer(1, 10_000),
  }),
  reports: (value) => {
    if (Array.isArray(value) && value.length === 0) return { path: '', message: 'must not be empty' };
    return arrayOf(checkReport, MAX_BATCH_REPORTS)(value);
  },
});
