// The facts behind a finding as label/value rows: what the browser saw, list records, addresses.
import type {
  AddressSource,
  Evidence,
  FailureKind,
  Finding,
  ListEvidenceType,
  ListRecord,
} from '@blocklens/vocabulary';
import { labelFor } from '../../lib/explain/describe-finding';
import { describeDate, describeRecord } from '../../lib/explain/describe-record';
import { sameHost } from '../../lib/explain/list-hits';
import type { Translate } from '../../lib/explain/translate';
import { displayHost } from '../shared/display-host';

export const LIST_ENTRY_LABELS: Record<ListEvidenceType, string> = {
  'list-domain': 'popup_evidence_list_domain',
  'list-wildcard': 'popup_evidence_list_wildcard',
  'list-url': 'popup_evidence_list_url',
  'list-ip': 'popup_evidence_list_ip',
  'list-range': 'popup_evidence_list_range',
};

const ADDRESS_SOURCES: Record<AddressSource, string> = {
  response: 'popup_evidence_address_response',
  dns: 'popup_evidence_address_dns',
  doh: 'popup_evidence_address_doh',
};

/**
 * "Роскомнадзор, decision 2-1779/2018 of 2018-04-13, list: ru-registry", leaving out what is
 * unknown: the authority in the list's own words, which the sentences above put in the reader's.
 */
function recordLine(record: ListRecord, t: Translate): string {
  return [describeRecord(record, t, 'as-written'), record.list && t('popup_evidence_list_name', [record.list])]
    .filter((part) => part !== '')
    .join(', ');
}

/** A listed domain that is not the host itself is its parent, listed by that exact name only. */
function listLabel(evidence: Extract<Evidence, { type: ListEvidenceType }>, host: string): string {
  return evidence.type === 'list-domain' && !sameHost(evidence.entry, host)
    ? 'popup_evidence_list_parent'
    : LIST_ENTRY_LABELS[evidence.type];
}

/** "range 104.16.0.0/13, connections cut since 2025-06-09", the date left out when not known. */
function networkNote(network: Extract<Evidence, { type: 'network' }>, t: Translate): string {
  return [
    t('popup_evidence_network_range', [network.range]),
    network.since && t('popup_evidence_network_cut_since', [describeDate(network.since, t)]),
  ]
    .filter((part) => part !== '')
    .join(', ');
}

function EvidenceRow({ evidence, host, t }: { evidence: Evidence; host: string; t: Translate }) {
  switch (evidence.type) {
    case 'error':
      return <Row label={t('popup_evidence_error')} value={evidence.error} code />;
    case 'status':
      return <Row label={t('popup_evidence_status')} value={String(evidence.status)} code />;
    case 'redirect':
      return <Row label={t('popup_evidence_redirect')} value={evidence.host} ltr />;
    case 'address':
      return (
        <Row label={t('popup_evidence_address')} value={t(ADDRESS_SOURCES[evidence.source], [evidence.address])} />
      );
    case 'network':
      return <Row label={t('popup_evidence_network')} value={evidence.name} note={networkNote(evidence, t)} />;
    default:
      return (
        <Row label={t(listLabel(evidence, host))} value={evidence.entry} note={recordLine(evidence, t)} ltr />
      );
  }
}

interface RowProps {
  label: string;
  value: string;
  note?: string;
  /** An error code or status, set in monospace. */
  code?: boolean;
  /** A host, address or URL, kept left to right in right-to-left text. */
  ltr?: boolean;
}

function Row({ label, value, note, code, ltr }: RowProps) {
  return (
    <div class="evidence-row">
      <dt>{label}</dt>
      <dd>
        {code ? <code dir="ltr">{value}</code> : ltr ? <bdi dir="ltr">{value}</bdi> : value}
        {note && <span class="evidence-note">{note}</span>}
      </dd>
    </div>
  );
}

function kindsSeen(finding: Finding, t: Translate): string {
  return (Object.entries(finding.kinds) as [FailureKind, number][])
    .map(([kind, count]) => t('popup_evidence_kind_count', [labelFor('kind', kind, t), String(count)]))
    .join(', ');
}

export function FindingEvidence({ finding, t }: { finding: Finding; t: Translate }) {
  return (
    <dl class="evidence-rows">
      {displayHost(finding.host) !== finding.host && (
        <Row label={t('popup_evidence_ascii_host')} value={finding.host} ltr />
      )}
      <Row label={t('popup_evidence_kinds')} value={kindsSeen(finding, t)} />
      {finding.mechanism !== 'none' && (
        <Row label={t('popup_evidence_mechanism')} value={labelFor('mechanism', finding.mechanism, t)} />
      )}
      {finding.evidence.map((evidence, index) => (
        <EvidenceRow key={index} evidence={evidence} host={finding.host} t={t} />
      ))}
      <Row label={t('popup_evidence_url')} value={finding.url} ltr />
    </dl>
  );
}
