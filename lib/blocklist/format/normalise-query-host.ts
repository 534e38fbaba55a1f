// A host as lookups compare it: lower-case ASCII (IDNA for non-ASCII names), without a trailing dot.

import { toAsciiDomain } from './idna-host';

/** The looked-up form of a host, or null when there is nothing to look up. */
export function normaliseQueryHost(host: string): string | null {
  let upper = false;
  for (let i = 0; i < host.length; i++) {
    const code = host.charCodeAt(i);
    if (code >= 0x80) {
      const ascii = toAsciiDomain(host);
      return ascii.ok ? ascii.value : null;
    }
    if (code >= 65 && code <= 90) upper = true;
  }
  const lower = upper ? host.toLowerCase() : host;
  const name = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  return name === '' ? null : name;
}
