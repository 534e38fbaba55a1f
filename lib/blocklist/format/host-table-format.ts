// The layout of a snapshot's host table (host-table-builder.ts writes it, match-host.ts and
// match-url.ts read it). Host entries are grouped in buckets by the top bits of their name's
// fingerprint, sorted by fingerprint within a bucket; a directory gives each bucket's first byte.
// A bucket starts with two byte columns that a lookup scans without decoding anything:
//
//   entry count (1 byte; from 255 on, 255 and then 2 bytes) · each entry's next FINGERPRINT_BITS
//   of fingerprint (1 byte each) · each entry's body length in bits (1 byte each; LONG_BODY for a
//   body that long or longer, its length then opening the body as an exp-Golomb code)
//
// then the bodies, one bit stream padded to a whole byte at the bucket's end. A body is:
//
//   shape: (URL count * 3 + kind) * 2 + 1 if a listed name lies below it (exp-Golomb)
//   · record reference (referenceBits) · with URL_BLOCK_FROM URLs or more, their length in bits
//   (exp-Golomb) · its URLs · its name, written with the host model, to the end of the body
//
// and a URL, stored under its host's entry with its scheme and host cut out (storedUrl), is:
//
//   1 bit, set when its records are its host entry's · else its record reference
//   · its length in bits (exp-Golomb) · its text, written with the URL model
//
// Fingerprint bytes pass over entries that cannot be the query and end the scan early, so a name
// that is not listed costs a look at a few bytes. Names and URLs are compared as written: a query
// is encoded with the same model, then compared bit for bit, so a hit is always the listed text
// itself, never a fingerprint's lookalike.

/** What a host entry is; a URL host is there only to hold the URLs of a name not listed itself. */
export const HOST_KINDS = { domain: 0, wildcard: 1, urlHost: 2 } as const;
export type HostKind = (typeof HOST_KINDS)[keyof typeof HOST_KINDS];

export const KINDS = 3;

/**
 * An entry's kind, URL count and whether a listed domain or wildcard lies below its name, in one
 * number: short for the commonest, a domain with no URL or one and nothing listed below it. A
 * lookup walks a host's suffixes from the shortest and stops at a name with nothing listed below.
 */
export function entryShape(kind: HostKind, urlCount: number, listedBelow: boolean): number {
  return 2 * (urlCount * KINDS + kind) + (listedBelow ? 1 : 0);
}

/** One byte: a lookup encodes its query for about one bucket in sixteen where the name is not listed. */
export const FINGERPRINT_BITS = 8;

/** A body length byte saying the body is this long or longer, and opens with its length. */
export const LONG_BODY = 255;

/** From this many URLs on, a body says how long they are, so a lookup finds the name at once. */
export const URL_BLOCK_FROM = 3;

/** An entry count byte saying the count follows in two bytes. */
export const MANY_ENTRIES = 255;

/** The fingerprint bits an entry keeps: those after the bucket's. */
export function fingerprintRemainder(fingerprint: number, directoryBits: number): number {
  return (fingerprint << directoryBits) >>> (32 - FINGERPRINT_BITS);
}

export interface HostTableParameters {
  directoryBits: number;
  referenceBits: number;
  shapeOrder: number;
  bodyLengthOrder: number;
  urlRestLengthOrder: number;
  urlBlockLengthOrder: number;
}
