// Builds observations for tests with sensible defaults.
import type { Observation } from '../../../lib/observe/observation';

export function observation(overrides: Partial<Observation> = {}): Observation {
  return {
    tabId: 7,
    host: 'blocked.example',
    url: 'https://blocked.example/',
    mainFrame: true,
    kind: 'tcp-reset',
    error: 'net::ERR_CONNECTION_RESET',
    time: 1000,
    ...overrides,
  };
}
