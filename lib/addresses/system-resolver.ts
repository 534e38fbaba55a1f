// The browser's own resolver, where the browser lets extensions ask it (Firefox's dns.resolve):
// what the browser itself was told about a name, so it costs no request of its own beyond the
// system's usual one, and needs no opt-in.
import { canonicalAddress } from './canonical-address';
import { failed, type DnsAnswer } from './dns-answer';

/** The part of Firefox's `browser.dns` Blocklens uses. Chrome has no such API. */
export interface DnsApi {
  resolve(hostname: string, flags?: string[]): Promise<{ addresses: string[] }>;
}

export type SystemResolver = (host: string) => Promise<DnsAnswer>;

/** Firefox rejects with the resolver's error name, e.g. "NS_ERROR_UNKNOWN_HOST". */
function answerForError(error: unknown): DnsAnswer {
  const message = error instanceof Error ? error.message : String(error);
  if (message.includes('NS_ERROR_UNKNOWN_HOST')) return { outcome: 'nxdomain' };
  if (message.includes('NS_ERROR_NET_TIMEOUT')) return failed('timeout', message);
  return failed('network', message);
}

export function systemResolver(api: DnsApi): SystemResolver {
  return async (host) => {
    try {
      const { addresses } = await api.resolve(host);
      const canonical = addresses.map(canonicalAddress).filter((address) => address !== null);
      // dns.resolve gives no TTL; the browser's own cache already decides how fresh it is.
      return canonical.length === 0 ? { outcome: 'no-address' } : { outcome: 'addresses', addresses: canonical, ttl: 0 };
    } catch (error) {
      return answerForError(error);
    }
  };
}
