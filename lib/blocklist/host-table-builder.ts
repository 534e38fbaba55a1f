// Compiler side of host-table-format.ts: learns the host and URL models, then writes every host
// entry, with its URLs, into its fingerprint bucket.

import { bestExpGolombOrder, BitWriter, expGolombBits } from './bit-writer';
import { orderByFingerprint } from './fingerprint-index';
import { KIND_BITS, URL_BLOCK_FROM, type HostKind, type HostTableParameters } from './host-table-format';
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
  reference: number;
  urls: UrlInput[];
}

/** About this many entries a bucket: a lookup reads them all, and a directory slot costs 32 bits. */
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

  const nameBits = entries.map((entry) => hostModel.bitsOf(entry.name));
  const restBits = entries.map((entry) => entry.urls.map((url) => urlModel.bitsOf(url.rest)));
  const urlRestLengthOrder = bestExpGolombOrder(restBits.flat());
  const urlBits = (entry: number, url: number) => {
    const inherits = entries[entry]!.urls[url]!.reference === entries[entry]!.reference;
    const bits = restBits[entry]![url]!;
    return 1 + (inherits ? 0 : referenceBits) + expGolombBits(bits, urlRestLengthOrder) + bits;
  };
  const blockBits = entries.map((entry, e) =>
    entry.urls.length >= URL_BLOCK_FROM ? entry.urls.reduce((sum, _, u) => sum + urlBits(e, u), 0) : 0,
  );
  const parameters: HostTableParameters = {
    directoryBits: Math.min(24, Math.max(1, Math.round(Math.log2(Math.max(entries.length, 1) / ENTRIES_PER_BUCKET)))),
    referenceBits,
    nameLengthOrder: bestExpGolombOrder(nameBits),
    urlRestLengthOrder,
    urlBlockLengthOrder: bestExpGolombOrder(blockBits.filter((bits) => bits > 0)),
  };

  const order = orderByFingerprint(Uint32Array.from(entries, (entry) => entry.fingerprint));
  const stream = new BitWriter(1 << 20);
  const bucketShift = 32 - parameters.directoryBits;
  const bucketStarts = new Uint32Array(2 ** parameters.directoryBits + 1);
  let bucket = 0;
  for (const e of order) {
    const entry = entries[e]!;
    const entryBucket = entry.fingerprint >>> bucketShift;
    while (bucket < entryBucket) bucketStarts[++bucket] = stream.bits;
    stream.write(entry.kind, KIND_BITS);
    stream.write(entry.reference, referenceBits);
    stream.writeExpGolomb(nameBits[e]!, parameters.nameLengthOrder);
    stream.writeExpGolomb(entry.urls.length, 0);
    if (entry.urls.length >= URL_BLOCK_FROM) stream.writeExpGolomb(blockBits[e]!, parameters.urlBlockLengthOrder);
    hostModel.encode(entry.name, stream);
    entry.urls.forEach((url, u) => {
      const inherits = url.reference === entry.reference;
      stream.write(inherits ? 1 : 0, 1);
      if (!inherits) stream.write(url.reference, referenceBits);
      stream.writeExpGolomb(restBits[e]![u]!, urlRestLengthOrder);
      urlModel.encode(url.rest, stream);
    });
  }
  while (bucket < bucketStarts.length - 1) bucketStarts[++bucket] = stream.bits;
  return { parameters, directory: bucketStarts, stream: stream.finish(), hostModel: hostModelBytes, urlModel: urlModelBytes };
}
