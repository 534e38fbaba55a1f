import { CAUSES } from '@blocklens/vocabulary';
import { describe, expect, it } from 'vitest';
import { compareCauses, worstCause } from '../../../lib/findings/worst-cause';

describe('worstCause', () => {
  it('is none without findings', () => {
    expect(worstCause([])).toBe('none');
  });

  it('picks the cause that comes first in CAUSES', () => {
    expect(worstCause([{ cause: 'site-problem' }, { cause: 'collateral' }, { cause: 'unknown' }])).toBe('collateral');
    expect(worstCause([{ cause: 'local' }, { cause: 'listed' }])).toBe('listed');
    expect(worstCause([{ cause: 'unknown' }, { cause: 'local' }])).toBe('local');
  });

  it('sorts causes worst first', () => {
    expect([...CAUSES].reverse().sort(compareCauses)).toEqual([...CAUSES]);
  });
});
