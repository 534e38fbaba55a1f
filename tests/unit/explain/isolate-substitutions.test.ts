import { describe, expect, it } from 'vitest';
import { describeRecord } from '../../../lib/explain/describe-record';
import { isolateSubstitutions } from '../../../lib/explain/isolate-substitutions';
import { messagesTranslate } from '../helpers/messages-translate';
import { TELEGRAM_DECISION } from '../helpers/host-facts';

const FSI = '\u2068';
const PDI = '\u2069';

describe('isolateSubstitutions', () => {
  const t = isolateSubstitutions(messagesTranslate('fa'));

  it('sets hosts, addresses and errors in their own isolates inside the sentence', () => {
    expect(t('popup_verdict_page_listed', ['telegram.org'])).toBe(
      messagesTranslate('fa')('popup_verdict_page_listed', [`${FSI}telegram.org${PDI}`]),
    );
    const sentence = t('explain_summary_collateral_range', ['api.game.example', '2001:db8::7', '2001:db8::/32']);
    for (const data of ['api.game.example', '2001:db8::7', '2001:db8::/32']) {
      expect(sentence).toContain(`${FSI}${data}${PDI}`);
    }
  });

  it('leaves bare numbers to the message, so a date keeps its order', () => {
    expect(t('evidence_date', ['2018', '04', '13'])).toBe('2018/04/13');
    expect(t('popup_failed_requests', ['3'])).toBe(messagesTranslate('fa')('popup_failed_requests', ['3']));
  });

  it('leaves text it composed already in the page direction, its data isolated inside', () => {
    const record = describeRecord(TELEGRAM_DECISION, t);
    expect(record).toContain(`${FSI}2-1779/2018${PDI}`);
    expect(t('explain_with_record', ['ru-registry', record])).toBe(
      messagesTranslate('fa')('explain_with_record', [`${FSI}ru-registry${PDI}`, record]),
    );
  });

  it('passes a message without substitutions through', () => {
    expect(t('cause_listed')).toBe(messagesTranslate('fa')('cause_listed'));
  });
});
