// A URL as lists and lookups compare it: normalised as a browser reports it (normaliseListUrl),
// with the position of its host, so a snapshot can store the host once for all its URLs.

import { normaliseListUrl } from './list-url';

export interface UrlKey {
  href: string;
  /** href[hostStart, hostEnd) is the host name (an IPv6 literal keeps its brackets). */
  hostStart: number;
  hostEnd: number;
}

export function urlKey(text: string): UrlKey | null {
  const normal = normaliseListUrl(text);
  return normal.ok ? locateUrlHost(normal.value) : null;
}

/** The key of an already normalised URL. */
export function locateUrlHost(href: string): UrlKey | null {
  const authority = href.indexOf('//') + 2;
  if (authority < 2) return null;
  let authorityEnd = href.length;
  for (let i = authority; i < href.length; i++) {
    const code = href.charCodeAt(i);
    if (code === 47 || code === 63) {
      authorityEnd = i;
      break;
    }
  }
  // The serialiser percent-encodes "@" in user info, so the last "@" ends it.
  const at = href.lastIndexOf('@', authorityEnd - 1);
  const hostStart = at >= authority ? at + 1 : authority;
  let hostEnd: number;
  if (href.charCodeAt(hostStart) === 91) hostEnd = href.indexOf(']', hostStart) + 1;
  else {
    const colon = href.indexOf(':', hostStart);
    hostEnd = colon >= 0 && colon < authorityEnd ? colon : authorityEnd;
  }
  return hostEnd > hostStart ? { href, hostStart, hostEnd } : null;
}
