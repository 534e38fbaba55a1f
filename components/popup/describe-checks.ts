// The sentences for a finding's checks: "check again" and the answers of an address lookup.
import type { Recheck } from '@blocklens/vocabulary';
import type { SourceAnswer } from '../../lib/addresses/host-addresses';
import type { Translate } from '../../lib/explain/translate';

/** Detail codes that are words rather than browser facts. */
const DETAIL_KEYS: Record<string, string> = {
  timeout: 'recheck_detail_timeout',
  unreachable: 'recheck_detail_unreachable',
};

function timeOf(at: number, t: Translate): string {
  return new Intl.DateTimeFormat(t('popup_language'), { timeStyle: 'short' }).format(at);
}

export function describeRecheck(recheck: Recheck, t: Translate): string {
  const time = timeOf(recheck.at, t);
  if (recheck.outcome === 'loads') return t('recheck_loads', [time]);
  const key = DETAIL_KEYS[recheck.detail];
  return t('recheck_fails', [time, key ? t(key) : recheck.detail]);
}

function describeAnswer(answer: SourceAnswer, t: Translate): string {
  const who = answer.source === 'doh' ? answer.resolver : t('address_lookup_browser');
  const result = answer.answer;
  switch (result.outcome) {
    case 'addresses':
      return t('address_lookup_addresses', [who, result.addresses.join(', ')]);
    case 'nxdomain':
      return t('address_lookup_nxdomain', [who]);
    case 'no-address':
      return t('address_lookup_none', [who]);
    case 'failed': {
      const reason = t(`address_failure_${result.failure.replace(/-/g, '_')}`);
      return t('address_lookup_failed', [who, result.detail ? `${reason} (${result.detail})` : reason]);
    }
  }
}

export function describeLookup(answers: readonly SourceAnswer[], t: Translate): string {
  return answers.map((answer) => describeAnswer(answer, t)).join(' ');
}
