// Which host names may ever appear in a report: public names under a public suffix, never a local
// name, a special-use name or an address (reports.md).
import { parse } from 'tldts';

/**
 * Special-use and private-network suffixes that never leave the device. Most are no public suffix
 * anyway; `onion` and `arpa` are (`home.arpa`, and reverse names like `4.3.2.1.in-addr.arpa` that
 * spell out an address), so the list is checked before the suffix list.
 */
const PRIVATE_SUFFIXES = [
  'local',
  'lan',
  'internal',
  'test',
  'localhost',
  'onion',
  'example',
  'invalid',
  'arpa',
  'alt',
  'home',
  'corp',
  'localdomain',
  'intranet',
  'private',
];

/** Labels of lower-case ASCII letters, digits, hyphens and underscores (IDNA already applied). */
const HOST_NAME = /^(?=.{1,253}$)[a-z0-9_-]{1,63}(\.[a-z0-9_-]{1,63})*$/;

/** A last label that URL parsers read as an IPv4 number (decimal, octal or hex). */
const NUMERIC_LABEL = /^(0x[0-9a-f]*|[0-9]+)$/;

/** A host as it is compared and reported: lower case, without the trailing dot of a rooted name. */
export function canonicalHost(host: string): string {
  return host.toLowerCase().replace(/\.$/, '');
}

/** True only for a bare public host name: no port, user info, address, local or special-use name. */
export function isReportableHost(host: string): boolean {
  const name = canonicalHost(host);
  if (!HOST_NAME.test(name)) return false;
  const labels = name.split('.');
  const last = labels[labels.length - 1] ?? '';
  if (labels.length < 2 || NUMERIC_LABEL.test(last)) return false;
  if (PRIVATE_SUFFIXES.some((suffix) => name === suffix || name.endsWith(`.${suffix}`))) return false;
  const parsed = parse(name);
  return parsed.isIcann === true && parsed.isIp === false && parsed.domain !== null;
}
