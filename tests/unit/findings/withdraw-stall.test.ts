import { describe, expect, it } from 'vitest';
import { withoutOneStall } from '../../../lib/findings/withdraw-stall';
import { hostFacts } from '../helpers/host-facts';

describe('withoutOneStall', () => {
  it('takes one stall out of the kinds and the count', () => {
    const facts = hostFacts([], { kinds: { 'http-stall': 2, 'http-cut': 1 }, count: 3 });
    expect(withoutOneStall(facts)).toEqual({ ...facts, kinds: { 'http-stall': 1, 'http-cut': 1 }, count: 2 });
    expect(withoutOneStall(hostFacts([], { kinds: { 'http-stall': 1, 'http-cut': 1 }, count: 2 }))?.kinds).toEqual({ 'http-cut': 1 });
  });

  it('leaves nothing when the stall was all there was, and facts without a stall as they are', () => {
    expect(withoutOneStall(hostFacts([], { kinds: { 'http-stall': 1 }, count: 1 }))).toBeNull();
    const cut = hostFacts([], { kinds: { 'http-cut': 1 }, count: 1 });
    expect(withoutOneStall(cut)).toBe(cut);
  });
});
