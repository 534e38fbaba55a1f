// Builds host facts and list hits for explain tests, with the records of the examples.
import type { FailureKind, HostFacts, ListRecord } from '@blocklens/vocabulary';
import type { ListHit } from '../../../lib/blocklist/format/types';
import type { HostHits } from '../../../lib/explain/list-hits';

export const TELEGRAM_DECISION: ListRecord = {
  list: 'ru-registry',
  authority: 'Роскомнадзор',
  decision: '2-1779/2018',
  date: '2018-04-13',
};

export const CLOUD_RANGE_DECISION: ListRecord = {
  list: 'ru-registry',
  authority: 'Генпрокуратура',
  decision: '27-31-2015/Ид4082-15',
  date: '',
};

export function hostFacts(kinds: FailureKind[], overrides: Partial<HostFacts> = {}): HostFacts {
  return {
    host: 'telegram.org',
    mainFrame: true,
    url: 'https://telegram.org/',
    kinds: Object.fromEntries(kinds.map((kind) => [kind, 1])),
    errors: [],
    statuses: [],
    redirects: [],
    address: null,
    count: kinds.length,
    firstSeen: 1000,
    lastSeen: 2000,
    ...overrides,
  };
}

export function hit(type: ListHit['type'], entry: string, ...records: ListRecord[]): ListHit {
  return { type, entry, records: records.length > 0 ? records : [TELEGRAM_DECISION] };
}

export function hits(partial: Partial<HostHits> = {}): HostHits {
  return { host: [], url: [], address: [], network: null, ...partial };
}
