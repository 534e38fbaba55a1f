// Findings and popup states for the popup's component tests, one per cause the popup must explain.
import type { Finding } from '@blocklens/vocabulary';
import type { BlocklistStatus } from '../../../lib/blocklist/owner/blocklist-status';
import type { PopupState } from '../../../lib/popup-model/popup-state';
import { finding } from '../helpers/finding';

export const listedPage: Finding = finding({
  host: 'telegram.org',
  mainFrame: true,
  url: 'https://telegram.org/',
  kinds: { 'tcp-reset': 3 },
  errors: ['net::ERR_CONNECTION_RESET'],
  count: 3,
  kind: 'tcp-reset',
  cause: 'listed',
  mechanism: 'dpi',
  confidence: 'high',
  evidence: [
    {
      type: 'list-domain',
      entry: 'telegram.org',
      list: 'ru-registry',
      authority: 'Роскомнадзор',
      decision: '2-1779/2018',
      date: '2018-04-13',
    },
    { type: 'error', error: 'net::ERR_CONNECTION_RESET' },
  ],
});

/** web.telegram.org, listed only through the exact entry of its parent domain (a parent hit). */
export const parentListedPage: Finding = {
  ...listedPage,
  host: 'web.telegram.org',
  url: 'https://web.telegram.org/',
  confidence: 'medium',
};

export const collateralPart: Finding = finding({
  host: 'api.game.example',
  url: 'https://api.game.example/v1/session',
  kinds: { 'tcp-timeout': 2 },
  errors: ['net::ERR_CONNECTION_TIMED_OUT'],
  address: { address: '35.200.1.9', source: 'response' },
  count: 2,
  kind: 'tcp-timeout',
  cause: 'collateral',
  mechanism: 'ip',
  confidence: 'high',
  evidence: [
    {
      type: 'list-range',
      entry: '35.192.0.0/12',
      list: 'ru-registry',
      authority: 'Генпрокуратура',
      decision: '27-31-2015/Ид4082-15',
      date: '',
    },
    { type: 'address', address: '35.200.1.9', source: 'response' },
    { type: 'error', error: 'net::ERR_CONNECTION_TIMED_OUT' },
  ],
});

export const suspectedPart: Finding = finding({
  host: 'news.example',
  url: 'http://news.example/story',
  kinds: { 'http-blockpage': 1 },
  errors: [],
  redirects: ['warning.rt.ru'],
  kind: 'http-blockpage',
  cause: 'suspected',
  mechanism: 'blockpage',
  confidence: 'medium',
  evidence: [{ type: 'redirect', host: 'warning.rt.ru' }],
});

export const siteProblemPage: Finding = finding({
  host: 'shop.example',
  mainFrame: true,
  url: 'https://shop.example/',
  kinds: { 'http-error': 1 },
  errors: [],
  statuses: [503],
  kind: 'http-error',
  cause: 'site-problem',
  mechanism: 'none',
  confidence: 'medium',
  evidence: [{ type: 'status', status: 503 }],
});

export const localPart: Finding = finding({
  host: 'ads.example',
  url: 'https://ads.example/banner.js',
  kinds: { local: 4 },
  errors: ['net::ERR_BLOCKED_BY_CLIENT'],
  count: 4,
  kind: 'local',
  cause: 'local',
  mechanism: 'none',
  confidence: 'high',
  evidence: [{ type: 'error', error: 'net::ERR_BLOCKED_BY_CLIENT' }],
});

export const listReady: BlocklistStatus = {
  state: 'ready',
  info: {
    name: 'ru-registry',
    date: '2024-05-01',
    lists: [{ name: 'ru-registry', date: '2024-05-01', dated: 'updated' }],
    built: '2024-05-02T10:00:00Z',
    counts: { domains: 10, wildcards: 1, urls: 2, ipv4: 8, ipv6: 0, records: 12, networks: 0 },
  },
};

export function readyState(
  findings: Finding[],
  blocklist: BlocklistStatus = listReady,
): Extract<PopupState, { phase: 'ready' }> {
  return {
    phase: 'ready',
    pageHost: findings.find((f) => f.mainFrame)?.host ?? 'page.example',
    findings,
    blocklist,
    networkMode: 'unrestricted',
  };
}

/** A busy page: `blocked` listed hosts and `failing` hosts with an outage of their own. */
export function busyPage(blocked: number, failing: number): Finding[] {
  const listed = Array.from({ length: blocked }, (_, i) =>
    finding({ host: `tracker${i}.blocked.example`, cause: 'listed', count: 1 + (i % 5) }),
  );
  const broken = Array.from({ length: failing }, (_, i) =>
    finding({
      host: `cdn${i}.broken.example`,
      cause: 'site-problem',
      mechanism: 'none',
      confidence: 'medium',
      kind: 'http-error',
      kinds: { 'http-error': 1 },
      errors: [],
      statuses: [502],
      evidence: [{ type: 'status', status: 502 }],
    }),
  );
  return [...broken, ...listed];
}
