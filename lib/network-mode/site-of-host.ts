// Which site a host belongs to: its registrable domain (www.example.co.uk and cdn.example.co.uk are
// one site, example.co.uk), so that one site's many hosts count once.
import { getDomain } from 'tldts';

/** The host's registrable domain, or the host itself when it has none (an IP literal, a bare name). */
export function siteOfHost(host: string): string {
  return getDomain(host) ?? host;
}
