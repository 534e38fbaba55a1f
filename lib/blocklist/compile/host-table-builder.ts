// Compiler side of host-table-format.ts: learns the host and URL models, then writes every host
// entry, with its URLs, into its fingerprint bucket.

import { bestExpGolombOrder, BitWriter, expGolombBits } from '../format/bit-writer';
import {
  FINGERPRINT_BITS,
  fingerprintRemainder,
  entryShape,
  LONG_BODY,
  MANY_ENTRIES,
  URL_BLOCK_FROM,
  type HostKind,
  type HostTableParameters,
} from '../format/host-table-format';
import { TextModelBuilder } from './text-model-builder';

/**
 * The host entries, column by column. Entry e's URLs are [urlStarts[e], urlStarts[e + 1]) of the
 * URL columns, each stored as storedUrl() writes it, with its record reference.
 */
export interface HostEntries {
  names: string[];
  fingerprints: Uint32Array;
  kinds: Uint8Array;
  /** 1 when a listed domain or wildcard lies below the entry's name. */
  listedBelow: Uint8Array;
  references: Uint32Array;
  urlStarts: Uint32Array;
  urlRests: string[];
  urlReferences: Uint32Array;
}

/** About this many entries a bucket: a lookup reads a byte of each, and a directory slot costs 32 bits. */
const ENTRIES_PER_BUCKET = 8;

export function buildHostTable(entries: HostEntries, referenceBits: number) {
  const { names, fingerprints, references, urlStarts, urlRests, urlReferences } = entries;
  const count = names.length;
  const hostModel = new TextModelBuilder();
  const urlModel = new TextModelBuilder();
  for (const name of names) hostModel.learn(name);
  for (const rest of urlRests) urlModel.learn(rest);
  const hostModelBytes = hostModel.finish();
  const urlModelBytes = urlModel.finish();

  const encodedNames = hostModel.encodeAll(names);
  const encodedRests = urlModel.encodeAll(urlRests);
  const nameBits = Uint32Array.from(names, (_, e) => encodedNames.starts[e + 1]! - encodedNames.starts[e]!);
  const restBits = Uint32Array.from(urlRests, (_, url) => encodedRests.starts[url + 1]! - encodedRests.starts[url]!);
  const urlRestLengthOrder = bestExpGolombOrder(restBits);
  const shapes = Uint32Array.from(names, (_, e) =>
    entryShape(entries.kinds[e] as HostKind, urlStarts[e + 1]! - urlStarts[e]!, entries.listedBelow[e] === 1),
  );
  const shapeOrder = bestExpGolombOrder(shapes);
  const inherits = (e: number, url: number) => urlReferences[url] === references[e];
  const urlBlockBits = Float64Array.from(names, (_, e) => {
    let bits = 0;
    for (let url = urlStarts[e]!; url < urlStarts[e + 1]!; url++) {
      bits += 1 + (inherits(e, url) ? 0 : referenceBits) + expGolombBits(restBits[url]!, urlRestLengthOrder) + restBits[url]!;
    }
    return bits;
  });
  const hasUrlBlock = (e: number) => urlStarts[e + 1]! - urlStarts[e]! >= URL_BLOCK_FROM;
  const urlBlockLengthOrder = bestExpGolombOrder(urlBlockBits.filter((_, e) => hasUrlBlock(e)));
  const bodyBits = Float64Array.from(names, (_, e) => {
    const block = hasUrlBlock(e) ? expGolombBits(urlBlockBits[e]!, urlBlockLengthOrder) : 0;
    return expGolombBits(shapes[e]!, shapeOrder) + referenceBits + block + urlBlockBits[e]! + nameBits[e]!;
  });
  const parameters: HostTableParameters = {
    directoryBits: Math.min(24, Math.max(1, Math.round(Math.log2(Math.max(count, 1) / ENTRIES_PER_BUCKET)))),
    referenceBits,
    shapeOrder,
    bodyLengthOrder: bestExpGolombOrder(bodyBits.filter((bits) => bits >= LONG_BODY)),
    urlRestLengthOrder,
    urlBlockLengthOrder,
  };

  const order = orderByFingerprint(fingerprints);
  const stream = new BitWriter(1 << 20);
  const bucketShift = 32 - parameters.directoryBits;
  const directory = new Uint32Array(2 ** parameters.directoryBits + 1);
  let first = 0;
  for (let bucket = 0; bucket < directory.length - 1; bucket++) {
    directory[bucket] = stream.bits / 8;
    let last = first;
    while (last < count && fingerprints[order[last]!]! >>> bucketShift === bucket) last++;
    const members = last - first;
    if (members > 0) {
      if (members < MANY_ENTRIES) stream.write(members, 8);
      else {
        if (members > 0xffff) throw new Error('host table: a bucket of more than 65535 entries');
        stream.write(MANY_ENTRIES, 8);
        stream.write(members, 16);
      }
      for (let i = first; i < last; i++) stream.write(fingerprintRemainder(fingerprints[order[i]!]!, parameters.directoryBits), FINGERPRINT_BITS);
      for (let i = first; i < last; i++) stream.write(Math.min(bodyBits[order[i]!]!, LONG_BODY), 8);
      for (let i = first; i < last; i++) {
        const e = order[i]!;
        if (bodyBits[e]! >= LONG_BODY) stream.writeExpGolomb(bodyBits[e]!, parameters.bodyLengthOrder);
        stream.writeExpGolomb(shapes[e]!, shapeOrder);
        stream.write(references[e]!, referenceBits);
        if (hasUrlBlock(e)) stream.writeExpGolomb(urlBlockBits[e]!, urlBlockLengthOrder);
        for (let url = urlStarts[e]!; url < urlStarts[e + 1]!; url++) {
          stream.write(inherits(e, url) ? 1 : 0, 1);
          if (!inherits(e, url)) stream.write(urlReferences[url]!, referenceBits);
          stream.writeExpGolomb(restBits[url]!, urlRestLengthOrder);
          stream.writeBits(encodedRests.bytes, encodedRests.starts[url]!, restBits[url]!);
        }
        stream.writeBits(encodedNames.bytes, encodedNames.starts[e]!, nameBits[e]!);
      }
      stream.alignToByte();
    }
    first = last;
  }
  directory[directory.length - 1] = stream.bits / 8;
  return { parameters, directory, stream: stream.finish(), hostModel: hostModelBytes, urlModel: urlModelBytes };
}

/** Entry indices sorted by fingerprint, ties in index order (so the output is deterministic). */
function orderByFingerprint(fingerprints: Uint32Array): Uint32Array {
  const count = fingerprints.length;
  // Below 2^21 entries, fingerprint * 2^21 + index is an exact double: one native numeric sort.
  if (count < 2 ** 21) {
    const keys = new Float64Array(count);
    for (let i = 0; i < count; i++) keys[i] = fingerprints[i]! * 2 ** 21 + i;
    keys.sort();
    return Uint32Array.from(keys, (key) => key % 2 ** 21);
  }
  return new Uint32Array(count).map((_, i) => i).sort((a, b) => fingerprints[a]! - fingerprints[b]! || a - b);
}
