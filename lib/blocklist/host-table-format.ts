// The layout of a snapshot's host table (host-table-builder.ts writes it, match-host.ts and
// match-url.ts read it). Host entries are grouped in buckets by the top bits of their name's
// fingerprint; a directory gives each bucket's first bit in one bit stream. An entry is:
//
//   kind (2 bits) · record reference (referenceBits) · name length in bits (exp-Golomb)
//   · URL count (exp-Golomb, order 0) · the URLs' length in bits when there are URL_BLOCK_FROM or more
//   · the name, written with the host model · its URLs
//
// and a URL, stored under its host's entry with its scheme and host cut out (storedUrl), is:
//
//   1 bit, set when its records are its host entry's · else its record reference
//   · its length in bits (exp-Golomb) · its text, written with the URL model
//
// Names and URLs are compared as written: a query is encoded with the same model, then compared
// bit for bit, so a hit is always the listed text itself, never a fingerprint's lookalike.

/** What a host entry is; a URL host is there only to hold the URLs of a name not listed itself. */
export const HOST_KINDS = { domain: 0, wildcard: 1, urlHost: 2 } as const;
export type HostKind = (typeof HOST_KINDS)[keyof typeof HOST_KINDS];

export const KIND_BITS = 2;

/** From this many URLs on, an entry says how long they are, so a lookup passing by skips them at once. */
export const URL_BLOCK_FROM = 3;

export interface HostTableParameters {
  directoryBits: number;
  referenceBits: number;
  nameLengthOrder: number;
  urlRestLengthOrder: number;
  urlBlockLengthOrder: number;
}
