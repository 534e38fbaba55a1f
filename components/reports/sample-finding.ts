// The finding behind the example report: LinkedIn failing to load in Russia, with its real record
// from the bundled registry (blocklists/ru-registry.csv, "*.linkedin.com").
import type { Finding } from '@blocklens/vocabulary';

export const SAMPLE_FINDING: Finding = {
  host: 'www.linkedin.com',
  mainFrame: true,
  // A path and query on purpose: the example shows they stay behind.
  url: 'https://www.linkedin.com/feed/?trk=homepage',
  kinds: { 'tcp-reset': 3 },
  errors: ['net::ERR_CONNECTION_RESET'],
  statuses: [],
  redirects: [],
  address: null,
  count: 3,
  firstSeen: 0,
  lastSeen: 0,
  kind: 'tcp-reset',
  cause: 'listed',
  mechanism: 'dpi',
  confidence: 'high',
  evidence: [
    {
      type: 'list-wildcard',
      entry: '*.linkedin.com',
      list: 'ru-registry',
      authority: 'суд',
      decision: '2-3491/2016',
      date: '2016-08-04',
    },
    { type: 'error', error: 'net::ERR_CONNECTION_RESET' },
  ],
};
