import { describe, expect, it } from 'vitest';
import { describeDate, describeRecord, withRecord } from '../../../lib/explain/describe-record';
import { messagesTranslate } from '../helpers/messages-translate';

const en = messagesTranslate('en');
const ru = messagesTranslate('ru');
const record = (authority: string, decision: string, date: string) => ({
  list: 'ru-registry',
  authority,
  decision,
  date,
});

describe('describeRecord', () => {
  it.each([
    [
      record('Роскомнадзор', '2-1779/2018', '2018-04-13'),
      'the media regulator Roskomnadzor, decision 2-1779/2018 of 2018-04-13',
      'Роскомнадзор, решение 2-1779/2018 от 13.04.2018',
    ],
    [
      record('Генпрокуратура', '27-31-2015/Ид4082-15 ', ''),
      "the Prosecutor General's Office, decision 27-31-2015/Ид4082-15",
      'Генпрокуратура, решение 27-31-2015/Ид4082-15',
    ],
    [record('суд', '', '2016-06-13'), 'a court, dated 2016-06-13', 'суд, от 13.06.2016'],
    [record('', '2-1779/2018', ''), 'decision 2-1779/2018', 'решение 2-1779/2018'],
    [record('ФНС', '', ''), 'the Federal Tax Service', 'ФНС'],
    // An authority the registry is not known to use stays as the list writes it.
    [record(' Минцифры ', '', ''), 'Минцифры', 'Минцифры'],
    [record(' ', '', ''), '', ''],
  ])('%o', (given, english, russian) => {
    expect(describeRecord(given, en)).toBe(english);
    expect(describeRecord(given, ru)).toBe(russian);
  });

  it("keeps the list's own words for the evidence", () => {
    const mosgorsud = record('Мосгорсуд', 'решение суда по делу № 3-0647/2015', '2015-11-09');
    expect(describeRecord(mosgorsud, en, 'as-written')).toBe(
      'Мосгорсуд, decision решение суда по делу № 3-0647/2015 of 2015-11-09',
    );
    expect(describeRecord(mosgorsud, en)).toBe(
      'the Moscow City Court, decision решение суда по делу № 3-0647/2015 of 2015-11-09',
    );
    expect(describeRecord(record(' суд ', '', ''), en, 'as-written')).toBe('суд');
  });
});

describe('describeDate', () => {
  it('writes ISO dates in the locale order and anything else as given', () => {
    expect(describeDate('2018-04-13', ru)).toBe('13.04.2018');
    expect(describeDate('2018-04-13', en)).toBe('2018-04-13');
    expect(describeDate('April 2018', ru)).toBe('April 2018');
  });
});

describe('withRecord', () => {
  it('adds the record in parentheses only when it says something', () => {
    expect(withRecord('ru-registry', record('МВД', '', ''), en)).toBe('ru-registry (the Interior Ministry)');
    expect(withRecord('plain-list', record('', '', ''), en)).toBe('plain-list');
  });
});
