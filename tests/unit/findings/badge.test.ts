import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../../lib/findings/badge';
import { finding } from '../helpers/finding';

describe('badgeFor', () => {
  it('is empty when nothing looks blocked', () => {
    expect(badgeFor([]).text).toBe('');
    expect(badgeFor([finding({ cause: 'site-problem' }), finding({ cause: 'local' })]).text).toBe('');
  });

  it('counts listed, collateral and suspected hosts and takes the worst colour', () => {
    const suspectedOnly = badgeFor([finding({ host: 'a', cause: 'suspected' })]);
    const mixed = badgeFor([
      finding({ host: 'a', cause: 'suspected' }),
      finding({ host: 'b', cause: 'collateral' }),
      finding({ host: 'c', cause: 'site-problem' }),
    ]);
    const withListed = badgeFor([finding({ host: 'a', cause: 'collateral' }), finding({ host: 'b', cause: 'listed' })]);
    expect(mixed.text).toBe('2');
    expect(mixed.blockedHosts).toBe(2);
    expect(new Set([suspectedOnly.color, mixed.color, withListed.color]).size).toBe(3);
    expect(badgeFor([finding({ cause: 'listed' })]).color).toBe(withListed.color);
    expect(badgeFor([finding({ cause: 'collateral' })]).color).toBe(mixed.color);
  });
});
