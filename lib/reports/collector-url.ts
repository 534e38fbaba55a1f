// Where reports may go: the collector the person configured, over HTTPS, or plain HTTP on loopback
// for testing (architecture.md).

/** The rule every configured endpoint follows (https:, or http: on loopback), under the name reports use. */
export { isAllowedEndpointUrl as isAllowedCollectorUrl } from '../settings/endpoint-url';

/** The submission endpoint under a collector's base URL. */
export function reportsEndpoint(collectorUrl: string): string {
  return `${collectorUrl.replace(/\/+$/, '')}/v1/reports`;
}
