// What the toolbar badge says for a tab: how many hosts look blocked, coloured by the worst cause.
import type { Cause, Finding } from './vocabulary';
import { worstCause } from './worst-cause';

/** Causes that mean "blocked" to a person; site problems and local blocks are not counted. */
const COUNTED: readonly Cause[] = ['listed', 'collateral', 'suspected'];

const COLOURS: Record<'listed' | 'collateral' | 'suspected', string> = {
  listed: '#B3261E',
  collateral: '#C25100',
  suspected: '#7A5900',
};

export interface Badge {
  /** Empty when nothing looks blocked. */
  text: string;
  color: string;
  /** Hosts counted in `text`. */
  blockedHosts: number;
}

export function badgeFor(findings: readonly Finding[]): Badge {
  const blocked = findings.filter((f) => COUNTED.includes(f.cause));
  if (blocked.length === 0) return { text: '', color: COLOURS.listed, blockedHosts: 0 };
  const worst = worstCause(blocked) as keyof typeof COLOURS;
  return { text: String(blocked.length), color: COLOURS[worst], blockedHosts: blocked.length };
}
