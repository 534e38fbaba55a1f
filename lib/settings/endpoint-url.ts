// Where the extension may send anything the person configured (a report collector, a DNS-over-HTTPS
// resolver): HTTPS, or plain HTTP on loopback for testing (architecture.md).

/**
 * https: anywhere, http: only on 127.0.0.1 or localhost (loopback, for testing; the tests need no
 * [::1]); no user info, query or fragment. The content security policy allows any http: origin,
 * for "check again", so this rule is the only guard on what the person configures.
 */
export function isAllowedEndpointUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Credentials would be sent along; a query or fragment would end up in the middle of the endpoint.
  if (parsed.username !== '' || parsed.password !== '' || parsed.search !== '' || parsed.hash !== '') return false;
  if (parsed.protocol === 'https:') return parsed.hostname !== '';
  return parsed.protocol === 'http:' && isLoopback(parsed.hostname);
}

/** URL parsing has already normalised the host (lower case, IPv4 in dotted decimal). */
function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1';
}
