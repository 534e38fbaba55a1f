// The stats key of reports.md: the first 4 hex digits of SHA-256 of the lower-case domain. Clients
// ask by prefix, so the collector never learns which of the domains sharing it they look at.
import { createHash } from 'node:crypto';

const PREFIX = /^[0-9a-f]{4}$/;

/** Reported domains are lower-case ASCII already (the validator insists), so no folding is needed here. */
export function domainPrefix(domain: string): string {
  return createHash('sha256').update(domain.toLowerCase()).digest('hex').slice(0, 4);
}

/** Exactly 4 lower-case hex digits, as `domainPrefix` writes them. */
export function isDomainPrefix(value: string): boolean {
  return PREFIX.test(value);
}
