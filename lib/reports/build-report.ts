// Turns a finding into the anonymous report of reports.md, or decides it is not reported at all.
import {
  LIST_FIELD_LENGTH,
  MAX_LIST_RECORDS,
  canonicalHost,
  hourOf,
  isListDate,
  isReportableHost,
  validateReport,
  type Report,
} from '@blocklens/report-schema';
import type { Cause, Evidence, Finding, ListEvidenceType, ListRecord } from '@blocklens/vocabulary';
import { getDomain } from 'tldts';

/**
 * Only causes that say something about censorship are reported. A site's own failure, a block on
 * this device and a failure without evidence tell a researcher nothing about blocking, and would
 * reveal which sites the person visits (or which content blocker they use) for no public good.
 */
export const REPORTED_CAUSES: readonly Cause[] = ['listed', 'collateral', 'suspected'];

export interface ReportContext {
  /** The time the finding is reported at (ms since the epoch); only its hour is sent. */
  now: number;
  /** The country the person declared, or null. */
  country: string | null;
  newId: () => string;
}

const LIST_EVIDENCE: ReadonlySet<Evidence['type']> = new Set<ListEvidenceType>([
  'list-domain',
  'list-wildcard',
  'list-url',
  'list-ip',
  'list-range',
]);

/**
 * One report with count 1 for a finding, or null when it must not be reported. Call it once per
 * finding (not on every failed request it accumulates): the queue adds the counts up per hour.
 */
export function reportFromFinding(finding: Finding, context: ReportContext): Report | null {
  // A listed host blocked by the person's own content blocker or policy is no evidence of censorship.
  if (!REPORTED_CAUSES.includes(finding.cause) || finding.kind === 'local') return null;
  const domain = reportedDomain(finding);
  if (domain === null) return null;
  const report: Report = {
    id: context.newId(),
    hour: hourOf(context.now),
    domain,
    kind: finding.kind,
    cause: finding.cause,
    mechanism: finding.mechanism,
    confidence: finding.confidence,
    list: listRecords(finding.evidence),
    count: 1,
  };
  const country = context.country?.toUpperCase();
  if (country !== undefined && /^[A-Z]{2}$/.test(country)) report.country = country;
  // The last guard: a report the collector would refuse (or that could carry anything unexpected)
  // is never queued.
  return validateReport(report).ok ? report : null;
}

/**
 * The domain a report about this finding names: the exact host when the list names it (public
 * data), else its registrable domain; null when the host may never be reported.
 */
export function reportedDomain(finding: Pick<Finding, 'host' | 'evidence'>): string | null {
  const host = canonicalHost(finding.host);
  if (!isReportableHost(host)) return null;
  const listedExactly = finding.evidence.some((item) => item.type === 'list-domain' && canonicalHost(item.entry) === host);
  return listedExactly ? host : getDomain(host);
}


/** The distinct decisions behind the list evidence; never the listed entries (URLs, addresses). */
function listRecords(evidence: Evidence[]): ListRecord[] {
  const records = new Map<string, ListRecord>();
  for (const item of evidence) {
    if (!isListEvidence(item)) continue;
    const record: ListRecord = {
      list: clip(item.list, LIST_FIELD_LENGTH.list),
      authority: clip(item.authority, LIST_FIELD_LENGTH.authority),
      decision: clip(item.decision, LIST_FIELD_LENGTH.decision),
      date: isListDate(item.date) ? item.date : '',
    };
    records.set(JSON.stringify(record), record);
    if (records.size === MAX_LIST_RECORDS) break;
  }
  return [...records.values()];
}

function isListEvidence(item: Evidence): item is Extract<Evidence, { type: ListEvidenceType }> {
  return LIST_EVIDENCE.has(item.type);
}

/** Cuts a string to a field's length without splitting a surrogate pair. */
function clip(value: string, length: number): string {
  const cut = value.slice(0, length);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
