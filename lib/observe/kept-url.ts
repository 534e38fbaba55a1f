// The form of a URL Blocklens keeps and shows: where the request went, never what it carried.
// Credentials, the query and the fragment can hold secrets (a password, a session token, an
// e-mail address) and are dropped; a path is cut short, since a page may make it as long as it likes.

/** Characters of a path kept; a longer one ends in "…". */
export const KEPT_PATH_LENGTH = 200;

/**
 * `scheme://host[:port]/path`, the path cut to KEPT_PATH_LENGTH characters; empty for text that is
 * not a URL with a host. Keeping a kept URL changes nothing.
 */
export function keptUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return '';
  }
  if (url.host === '') return '';
  // A kept path that was cut ends in "…", which the URL parser percent-encodes: undo that, so
  // keeping it again gives the same text.
  const path = url.pathname.replace(/%E2%80%A6$/, '…');
  // A cut never ends inside a percent escape ("%D0%B" of "%D0%B6").
  const kept = path.length > KEPT_PATH_LENGTH ? `${path.slice(0, KEPT_PATH_LENGTH).replace(/%[0-9A-F]?$/i, '')}…` : path;
  return `${url.protocol}//${url.host}${kept}`;
}
