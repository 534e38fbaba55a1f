// Where reports and crowd-count questions may go: the collector the person configured, over HTTPS,
// or plain HTTP on loopback for testing (architecture.md), and its API paths.

/** The rule every configured endpoint follows (https:, or http: on loopback), under the name reports use. */
export { isAllowedEndpointUrl as isAllowedCollectorUrl } from '../settings/endpoint-url';

/** `path` under the collector's base URL, however many slashes the person typed after it. */
const underBase = (collectorUrl: string, path: string): string => `${collectorUrl.replace(/\/+$/, '')}/${path}`;

/** The submission endpoint under a collector's base URL. */
export function reportsEndpoint(collectorUrl: string): string {
  return underBase(collectorUrl, 'v1/reports');
}

/** The crowd-count endpoint for a prefix under a collector's base URL. */
export function statsEndpoint(collectorUrl: string, prefix: string): string {
  return underBase(collectorUrl, `v1/stats/${prefix}`);
}
