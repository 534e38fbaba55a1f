// The words for a list record, "the media regulator Roskomnadzor, decision 2-1779/2018 of
// 2018-04-13", leaving out whatever the source does not say.
import type { ListRecord } from '@blocklens/vocabulary';
import { authorityName } from './authorities';
import type { Translate } from './translate';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD date in the locale's order; anything else as written. */
export function describeDate(date: string, t: Translate): string {
  const parts = ISO_DATE.exec(date);
  return parts ? t('evidence_date', parts.slice(1)) : date;
}

function decisionPhrase(decision: string, date: string, t: Translate): string {
  if (decision && date) return t('evidence_decision_dated', [decision, describeDate(date, t)]);
  if (decision) return t('evidence_decision', [decision]);
  return date ? t('evidence_dated', [describeDate(date, t)]) : '';
}

/**
 * How a record names its authority: `named`, what the authority is in the reader's language (for
 * sentences); `as-written`, the list's own words (for the evidence).
 */
export type AuthorityWording = 'named' | 'as-written';

/** Authority and decision, or an empty string when the record names neither. */
export function describeRecord(record: ListRecord, t: Translate, wording: AuthorityWording = 'named'): string {
  const authority = wording === 'named' ? authorityName(record.authority, t) : record.authority.trim();
  const decision = decisionPhrase(record.decision.trim(), record.date.trim(), t);
  return [authority, decision].filter((part) => part !== '').join(', ');
}

/** "text (record)", or the text alone when the record says nothing. */
export function withRecord(text: string, record: ListRecord, t: Translate): string {
  const described = describeRecord(record, t);
  return described === '' ? text : t('explain_with_record', [text, described]);
}
