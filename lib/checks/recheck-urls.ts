// Where "check again" knocks: the host over HTTPS first, then, for a page that was plain HTTP, its
// own origin as it was. WebSocket URLs are tried as the web origin they share.

const SECURE: Record<string, boolean> = { 'https:': true, 'wss:': true, 'http:': false, 'ws:': false };

/** The URLs to try in order, or none when the failed URL is not a web URL. */
export function recheckUrls(failedUrl: string): string[] {
  let url: URL;
  try {
    url = new URL(failedUrl);
  } catch {
    return [];
  }
  const secure = SECURE[url.protocol];
  if (secure === undefined || url.hostname === '') return [];
  if (secure) return [`https://${url.host}/`];
  // The HTTPS try uses the default port: an HTTP port rarely speaks TLS.
  return [`https://${url.hostname}/`, `http://${url.host}/`];
}
