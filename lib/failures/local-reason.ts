// Which errors mean the request was stopped on this device, and by what: an extension, a policy,
// the browser itself, its proxy, a lost connection, or a plain cancellation.
import { errorName } from './error-name';

export const LOCAL_REASONS = ['extension', 'policy', 'offline', 'proxy', 'browser', 'aborted'] as const;
export type LocalReason = (typeof LOCAL_REASONS)[number];

const EXACT = new Map<string, LocalReason>([
  ['ERR_BLOCKED_BY_CLIENT', 'extension'],
  // Firefox cancels a request an extension blocked through webRequest with this code.
  ['NS_ERROR_ABORT', 'extension'],
  ['ERR_BLOCKED_BY_ADMINISTRATOR', 'policy'],
  ['ERR_BLOCKED_ENROLLMENT_CHECK_PENDING', 'policy'],
  // Chromium uses it for refusals "most likely caused by a firewall" on this machine.
  ['ERR_NETWORK_ACCESS_DENIED', 'policy'],
  ['ERR_INTERNET_DISCONNECTED', 'offline'],
  ['ERR_NETWORK_CHANGED', 'offline'],
  ['ERR_NETWORK_IO_SUSPENDED', 'offline'],
  ['NS_ERROR_OFFLINE', 'offline'],
  ['ERR_TUNNEL_CONNECTION_FAILED', 'proxy'],
  ['ERR_MANDATORY_PROXY_CONFIGURATION_FAILED', 'proxy'],
  ['ERR_SOCKS_CONNECTION_FAILED', 'proxy'],
  ['ERR_SOCKS_CONNECTION_HOST_UNREACHABLE', 'proxy'],
  ['ERR_HTTPS_PROXY_TUNNEL_RESPONSE', 'proxy'],
  ['NS_ERROR_UNKNOWN_PROXY_HOST', 'proxy'],
  ['ERR_BLOCKED_BY_FINGERPRINTING_PROTECTION', 'browser'],
  ['ERR_UNSAFE_PORT', 'browser'],
  ['NS_ERROR_PORT_ACCESS_NOT_ALLOWED', 'browser'],
  ['NS_ERROR_CONTENT_BLOCKED', 'browser'],
  ['NS_ERROR_CONTENT_BLOCKED_SHOW_ALT', 'browser'],
  ['NS_ERROR_HTTPS_ONLY', 'browser'],
  // Firefox's tracking protection and Safe Browsing.
  ['NS_ERROR_TRACKING_URI', 'browser'],
  ['NS_ERROR_FINGERPRINTING_URI', 'browser'],
  ['NS_ERROR_CRYPTOMINING_URI', 'browser'],
  ['NS_ERROR_SOCIALTRACKING_URI', 'browser'],
  ['NS_ERROR_EMAILTRACKING_URI', 'browser'],
  ['NS_ERROR_MALWARE_URI', 'browser'],
  ['NS_ERROR_PHISHING_URI', 'browser'],
  ['NS_ERROR_UNWANTED_URI', 'browser'],
  ['NS_ERROR_HARMFUL_URI', 'browser'],
  ['NS_ERROR_BLOCKED_URI', 'browser'],
  ['ERR_ABORTED', 'aborted'],
  ['NS_BINDING_ABORTED', 'aborted'],
]);

const PREFIXES: readonly (readonly [string, LocalReason])[] = [
  ['ERR_PROXY_', 'proxy'],
  ['ERR_PAC_', 'proxy'],
  ['NS_ERROR_PROXY_', 'proxy'],
];

/** Why the request was stopped on this device, or null when the error is not a local one. */
export function localReason(error: string): LocalReason | null {
  const name = errorName(error);
  return EXACT.get(name) ?? PREFIXES.find(([prefix]) => name.startsWith(prefix))?.[1] ?? null;
}
