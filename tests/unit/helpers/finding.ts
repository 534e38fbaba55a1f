// Builds findings for tests with sensible defaults.
import type { Finding } from '@blocklens/vocabulary';

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    host: 'blocked.example',
    mainFrame: false,
    url: 'https://blocked.example/',
    kinds: { 'tcp-reset': 1 },
    errors: ['net::ERR_CONNECTION_RESET'],
    statuses: [],
    redirects: [],
    address: null,
    count: 1,
    firstSeen: 1000,
    lastSeen: 1000,
    kind: 'tcp-reset',
    cause: 'listed',
    mechanism: 'dpi',
    confidence: 'high',
    evidence: [{ type: 'error', error: 'net::ERR_CONNECTION_RESET' }],
    ...overrides,
  };
}
