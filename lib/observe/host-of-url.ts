// The host a request went to, as the list and the findings name it.

/** Lower-case host of an http(s)/ws(s) URL without IPv6 brackets, or null for other schemes. */
export function hostOfUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!/^(https?|wss?):$/.test(parsed.protocol) || parsed.hostname === '') return null;
  return parsed.hostname.replace(/^\[(.*)\]$/, '$1');
}
