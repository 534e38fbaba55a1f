// Compiler side of host-table-format.ts: learns the host and URL models, then writes every host
// entry, with its URLs, into its fingerprint bucket.

import { bestExpGolombOrder, BitWriter, expGolombBits } from './bit-writer';
import { orderByFingerprint } from './fingerprint-index';
import {
  FINGERPRINT_BITS,
  fingerprintRemainder,
  entryShape,
  LONG_BODY,
  MANY_ENTRIES,
  type HostKind,
  type HostTableParameters,
} from './host-table-format';
import { TextModelBuilder } from './text-model-builder';

export interface UrlInput {
  /** The URL as stored (storedUrl): scheme and host cut out. */
  rest: string;
  reference: number;
}

export interface HostEntryInput {
  name: string;
  fingerprint: number;
  kind: HostKind;
  /** A listed domain or wildcard lies below this name. */
  listedBelow: boolean;
  reference: number;
  urls: UrlInput[];
}

/** About this many entries a bucket: a lookup reads a byte of each, and a directory slot costs 32 bits. */
const ENTRIES_PER_BUCKET = 8;

export function buildHostTable(entries: HostEntryInput[], referenceBits: number) {
  const hostModel = new TextModelBuilder();
  const urlModel = new TextModelBuilder();
  for (const entry of entries) {
    hostModel.learn(entry.name);
    for (const url of entry.urls) urlModel.learn(url.rest);
  }
  const hostModelBytes = hostModel.finish();
  const urlModelBytes = urlModel.finish();

  // Bit lengths in typed arrays: a million small arrays would keep the garbage collector busy.
  const nameBits = Uint32Array.from(entries, (entry) => hostModel.bitsOf(entry.name));
  const urlStarts = new Uint32Array(entries.length + 1);
  entries.forEach((entry, e) => (urlStarts[e + 1] = urlStarts[e]! + entry.urls.length));
  const restBits = new Uint32Array(urlStarts[entries.length]!);
  entries.forEach((entry, e) => entry.urls.forEach((url, u) => (restBits[urlStarts[e]! + u] = urlModel.bitsOf(url.rest))));
  const urlRestLengthOrder = bestExpGolombOrder(restBits);
  const shapes = Uint32Array.from(entries, (entry) => entryShape(entry.kind, entry.urls.length, entry.listedBelow));
  const shapeOrder = bestExpGolombOrder(shapes);
  const bodyBits = Float64Array.from(entries, (entry, e) => {
    let bits = expGolombBits(shapes[e]!, shapeOrder) + referenceBits + nameBits[e]!;
    entry.urls.forEach((url, u) => {
      const rest = restBits[urlStarts[e]! + u]!;
      bits += 1 + (url.reference === entry.reference ? 0 : referenceBits) + expGolombBits(rest, urlRestLengthOrder) + rest;
    });
    return bits;
  });
  const parameters: HostTableParameters = {
    directoryBits: Math.min(24, Math.max(1, Math.round(Math.log2(Math.max(entries.length, 1) / ENTRIES_PER_BUCKET)))),
    referenceBits,
    shapeOrder,
    bodyLengthOrder: bestExpGolombOrder(bodyBits.filter((bits) => bits >= LONG_BODY)),
    urlRestLengthOrder,
  };

  const order = orderByFingerprint(Uint32Array.from(entries, (entry) => entry.fingerprint));
  const stream = new BitWriter(1 << 20);
  const bucketShift = 32 - parameters.directoryBits;
  const directory = new Uint32Array(2 ** parameters.directoryBits + 1);
  let first = 0;
  for (let bucket = 0; bucket < directory.length - 1; bucket++) {
    directory[bucket] = stream.bits / 8;
    let last = first;
    while (last < order.length && entries[order[last]!]!.fingerprint >>> bucketShift === bucket) last++;
    const count = last - first;
    if (count > 0) {
      if (count < MANY_ENTRIES) stream.write(count, 8);
      else {
        if (count > 0xffff) throw new Error('host table: a bucket of more than 65535 entries');
        stream.write(MANY_ENTRIES, 8);
        stream.write(count, 16);
      }
      for (let i = first; i < last; i++) {
        stream.write(fingerprintRemainder(entries[order[i]!]!.fingerprint, parameters.directoryBits), FINGERPRINT_BITS);
      }
      for (let i = first; i < last; i++) stream.write(Math.min(bodyBits[order[i]!]!, LONG_BODY), 8);
      for (let i = first; i < last; i++) {
        const e = order[i]!;
        const entry = entries[e]!;
        if (bodyBits[e]! >= LONG_BODY) stream.writeExpGolomb(bodyBits[e]!, parameters.bodyLengthOrder);
        stream.writeExpGolomb(shapes[e]!, shapeOrder);
        stream.write(entry.reference, referenceBits);
        entry.urls.forEach((url, u) => {
          const inherits = url.reference === entry.reference;
          stream.write(inherits ? 1 : 0, 1);
          if (!inherits) stream.write(url.reference, referenceBits);
          stream.writeExpGolomb(restBits[urlStarts[e]! + u]!, urlRestLengthOrder);
          urlModel.encode(url.rest, stream);
        });
        hostModel.encode(entry.name, stream);
      }
      stream.alignToByte();
    }
    first = last;
  }
  directory[directory.length - 1] = stream.bits / 8;
  return { parameters, directory, stream: stream.finish(), hostModel: hostModelBytes, urlModel: urlModelBytes };
}
