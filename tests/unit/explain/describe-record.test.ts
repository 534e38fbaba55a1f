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
      'Роскомнадзор, decision 2-1779/2018 of 2018-04-13',
      'Роскомнадзор, решение 2-1779/2018 от 13.04.2018',
    ],
    [
      record('Генпрокуратура', '27-31-2015/Ид4082-15 ', ''),
      'Генпрокуратура, decision 27-31-2015/Ид4082-15',
      'Генпрокуратура, решение 27-31-2015/Ид4082-15',
    ],
    [record('суд', '', '2016-06-13'), 'суд, dated 2016-06-13', 'суд, от 13.06.2016'],
    [record('', '2-1779/2018', ''), 'decision 2-1779/2018', 'решение 2-1779/2018'],
    [record('ФНС', '', ''), 'ФНС', 'ФНС'],
    [record(' ', '', ''), '', ''],
  ])('%o', (given, english, russian) => {
    expect(describeRecord(given, en)).toBe(english);
    expect(describeRecord(given, ru)).toBe(russian);
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
    expect(withRecord('ru-registry', record('МВД', '', ''), en)).toBe('ru-registry (МВД)');
    expect(withRecord('plain-list', record('', '', ''), en)).toBe('plain-list');
  });
});
