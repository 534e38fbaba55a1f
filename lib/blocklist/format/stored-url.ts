// How a snapshot stores a URL under its host's entry: the host cut out (a NUL byte marks where it
// stood) and "http://" or "https://" as one byte. The compiler writes URLs so, lookups encode queries so.
import type { UrlKey } from './url-key';

/** Stands where the host was; a normalised URL never contains it (nor the scheme bytes below). */
const HOST_MARK = '\u0000';
/** Scheme prefixes stored as the one byte of their index. */
const SCHEMES = ['', 'http://', 'https://'];

/** What a snapshot stores of a URL: its text without the host, the commonest schemes as one byte. */
export function storedUrl({ href, hostStart, hostEnd }: UrlKey): string {
  const prefix = href.slice(0, hostStart);
  const scheme = SCHEMES.indexOf(prefix);
  return (scheme > 0 ? String.fromCharCode(scheme) : prefix) + HOST_MARK + href.slice(hostEnd);
}
