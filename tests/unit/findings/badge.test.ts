import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../../lib/findings/badge';
import { finding } from '../helpers/finding';

/** WCAG 2 contrast ratio of two `#RRGGBB` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('badgeFor', () => {
  it('is empty when nothing looks blocked', () => {
    expect(badgeFor([]).text).toBe('');
    expect(badgeFor([finding({ cause: 'site-problem' }), finding({ cause: 'local' })]).text).toBe('');
  });

  it('stops counting a host that loaded when checked again, and counts it again if that check failed', () => {
    const checked = (outcome: 'loads' | 'fails') => ({ at: 5000, outcome, detail: 'HTTP 200' });
    const findings = [
      finding({ host: 'a', cause: 'listed', recheck: checked('loads') }),
      finding({ host: 'b', cause: 'suspected', recheck: checked('fails') }),
    ];
    expect(badgeFor(findings)).toMatchObject({ text: '1', blockedHosts: 1 });
    expect(badgeFor(findings.slice(0, 1)).text).toBe('');
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

  it('keeps its text readable on every colour, and every colour visible on light and dark toolbars', () => {
    // Firefox's light and dark toolbars; the badge is drawn over the icon's corner on both.
    const toolbars = ['#F9F9FB', '#2B2A33'];
    for (const cause of ['listed', 'collateral', 'suspected'] as const) {
      const badge = badgeFor([finding({ cause })]);
      expect(contrast(badge.textColor, badge.color), cause).toBeGreaterThanOrEqual(4.5);
      for (const toolbar of toolbars) expect(contrast(badge.color, toolbar), `${cause} on ${toolbar}`).toBeGreaterThanOrEqual(3);
    }
  });
});
