// What the toolbar badge says for a tab: how many hosts look blocked, coloured by the worst cause.
import type { Cause, Finding } from '@blocklens/vocabulary';
import { worstCause } from './worst-cause';

/** Causes that mean "blocked" to a person; site problems and local blocks are not counted. */
const COUNTED: readonly Cause[] = ['listed', 'collateral', 'suspected'];

// White text on each keeps 4.5:1 contrast, and each keeps 3:1 against light toolbars and Firefox's
// dark one (#2B2A33); Chrome's dark toolbar gets 2.6:1, the most that white text leaves room for.
const COLOURS: Record<'listed' | 'collateral' | 'suspected', string> = {
  listed: '#E8100E',
  collateral: '#C4520A',
  suspected: '#9A6D08',
};
const TEXT_COLOUR = '#FFFFFF';

export interface Badge {
  /** Empty when nothing looks blocked. */
  text: string;
  color: string;
  textColor: string;
  /** Hosts counted in `text`. */
  blockedHosts: number;
}

export function badgeFor(findings: readonly Finding[]): Badge {
  // A host that loaded when checked again was blocked only for a while, if at all.
  const blocked = findings.filter((f) => COUNTED.includes(f.cause) && f.recheck?.outcome !== 'loads');
  if (blocked.length === 0) return { text: '', color: COLOURS.listed, textColor: TEXT_COLOUR, blockedHosts: 0 };
  const worst = worstCause(blocked) as keyof typeof COLOURS;
  return { text: String(blocked.length), color: COLOURS[worst], textColor: TEXT_COLOUR, blockedHosts: blocked.length };
}
