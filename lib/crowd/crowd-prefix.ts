// The key crowd counts are asked by (reports.md): the first 4 hex digits of SHA-256 of the lower-case
// domain. Thousands of domains share each prefix, so asking names none of them.

export const PREFIX_LENGTH = 4;

export async function crowdPrefix(domain: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(domain.toLowerCase()));
  return [...new Uint8Array(digest, 0, PREFIX_LENGTH / 2)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
