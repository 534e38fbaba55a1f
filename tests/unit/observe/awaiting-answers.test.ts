import { describe, expect, it } from 'vitest';
import { AwaitingAnswers, MAX_AWAITING } from '../../../lib/observe/awaiting-answers';

describe('AwaitingAnswers', () => {
  it('says a request was waiting when it ends after going out and before its answer', () => {
    const awaiting = new AwaitingAnswers();
    awaiting.sent('1');
    expect(awaiting.ended('1')).toBe(true);
    expect(awaiting.ended('1')).toBe(false);
  });

  it('says it was not once its answer came, or when it never went out', () => {
    const awaiting = new AwaitingAnswers();
    awaiting.sent('1');
    awaiting.answered('1');
    expect(awaiting.ended('1')).toBe(false);
    expect(awaiting.ended('2')).toBe(false);
  });

  it('forgets the oldest beyond its bound', () => {
    const awaiting = new AwaitingAnswers();
    for (let id = 0; id <= MAX_AWAITING; id++) awaiting.sent(String(id));
    expect(awaiting.ended('0')).toBe(false);
    expect(awaiting.ended(String(MAX_AWAITING))).toBe(true);
  });
});
