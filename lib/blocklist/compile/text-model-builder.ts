// Learns a text model from the texts a snapshot will hold: how often each byte follows each pair of
// bytes, turned into one Huffman code per context (text-model-format.ts). Host names, URLs and
// decisions are far from random text, so this stores them in about a third of their bytes.

import { BitWriter } from '../format/bit-writer';
import { EncodedText, TextCoder } from '../format/text-coder';
import { MAX_CODE_LENGTH, pairKey, textModelLayout } from '../format/text-model-format';

/** Pairs seen fewer times than the threshold share their one-byte context; the cheapest of these wins. */
const PAIR_THRESHOLDS = [1, 16, 64, 256, 1024, 4096, 16384];
/** What a model costs a symbol it codes in a context (its byte and length), and a context, in bits. */
const SYMBOL_BITS = 16;
const CONTEXT_BITS = 48;

const SYMBOLS = 256;

export interface EncodedTexts {
  bytes: Uint8Array;
  starts: Float64Array;
}

export class TextModelBuilder {
  /** Counts of the byte after each pair of bytes: 256 a pair, from slotOfPair[pair] * 256. */
  private counts = new Float64Array(64 * SYMBOLS);
  private readonly slotOfPair = new Int32Array(1 << 16).fill(-1);
  private readonly pairs: number[] = [];
  /** The finished model, which writes texts exactly as a lookup writes its query. */
  private coder: TextCoder | null = null;
  private readonly scratch = new EncodedText();

  /** Counts the bytes of text[from, to) (char codes, each below 256). */
  learn(text: string, from = 0, to = text.length): void {
    let beforePrevious = 0;
    let previous = 0;
    for (let i = from; i < to; i++) {
      const symbol = text.charCodeAt(i);
      if (symbol > 0xff) throw new Error(`text model: character U+${symbol.toString(16)} is not a byte`);
      const key = pairKey(beforePrevious, previous);
      let slot = this.slotOfPair[key]!;
      if (slot < 0) slot = this.addPair(key);
      this.counts[slot * SYMBOLS + symbol]!++;
      beforePrevious = previous;
      previous = symbol;
    }
  }

  /** The model's bytes; after this, encode() writes texts with it. */
  finish(): Uint8Array {
    const contexts = this.cheapestContexts();
    const keys = [...contexts.keys()].sort((a, b) => a - b);
    const perContext = keys.map((key) => canonicalOrder(codeLengths(contexts.get(key)!)));
    const symbols = perContext.reduce((sum, list) => sum + list.length, 0);
    const layout = textModelLayout(keys.length, symbols);
    const bytes = new Uint8Array(layout.byteLength);
    const view = new DataView(bytes.buffer);
    view.setUint32(0, keys.length, true);
    view.setUint32(4, symbols, true);
    let at = 0;
    keys.forEach((key, c) => {
      view.setUint32(layout.startsAt + 4 * c, at, true);
      view.setUint16(layout.keysAt + 2 * c, key, true);
      for (const { symbol, length } of perContext[c]!) {
        bytes[layout.symbolsAt + at] = symbol;
        bytes[layout.lengthsAt + at] = length;
        at++;
      }
    });
    view.setUint32(layout.startsAt + 4 * keys.length, at, true);
    this.coder = new TextCoder(bytes);
    return bytes;
  }

  /**
   * Writes every text, each once, with the finished model: the codes back to back, text i at bits
   * [starts[i], starts[i + 1]), ready to be copied where the snapshot wants them.
   */
  encodeAll(texts: readonly string[]): EncodedTexts {
    if (!this.coder) throw new Error('text model: used before finish()');
    const out = new BitWriter(1 << 16);
    const starts = new Float64Array(texts.length + 1);
    texts.forEach((text, i) => {
      if (!this.coder!.encode(text, 0, text.length, this.scratch)) throw new Error(`text model: ${JSON.stringify(text)} was not learnt`);
      out.writeBits(this.scratch.bytes, 0, this.scratch.bits);
      starts[i + 1] = out.bits;
    });
    return { bytes: out.finish(), starts };
  }

  private addPair(key: number): number {
    const slot = this.pairs.length;
    this.pairs.push(key);
    this.slotOfPair[key] = slot;
    if ((slot + 1) * SYMBOLS > this.counts.length) {
      const grown = new Float64Array(2 * this.counts.length);
      grown.set(this.counts);
      this.counts = grown;
    }
    return slot;
  }

  /** The contexts, with their counts, of the threshold that codes the texts and itself in the fewest bits. */
  private cheapestContexts(): Map<number, Float64Array> {
    const costOf = new Map<Float64Array, number>();
    const cost = (counts: Float64Array) => {
      let bits = costOf.get(counts);
      if (bits === undefined) {
        bits = CONTEXT_BITS;
        for (const { symbol, length } of codeLengths(counts)) bits += counts[symbol]! * length + SYMBOL_BITS;
        costOf.set(counts, bits);
      }
      return bits;
    };
    const pairCounts = new Map(this.pairs.map((key, slot) => [key, this.counts.subarray(slot * SYMBOLS, (slot + 1) * SYMBOLS)]));
    let best: { bits: number; contexts: Map<number, Float64Array> } | null = null;
    for (const threshold of PAIR_THRESHOLDS) {
      const contexts = new Map<number, Float64Array>();
      for (const [key, counts] of pairCounts) if (key > 0xff && total(counts) >= threshold) contexts.set(key, counts);
      for (const [key, counts] of pairCounts) {
        if (key > 0xff && contexts.has(key)) continue;
        const single = key & 0xff;
        const merged = contexts.get(single);
        contexts.set(single, merged ? sum(merged, counts) : counts);
      }
      let bits = 0;
      for (const counts of contexts.values()) bits += cost(counts);
      if (!best || bits < best.bits) best = { bits, contexts };
    }
    return best?.contexts ?? new Map<number, Float64Array>();
  }
}

function total(counts: Float64Array): number {
  let sum = 0;
  for (const count of counts) sum += count;
  return sum;
}

function sum(a: Float64Array, b: Float64Array): Float64Array {
  return a.map((count, symbol) => count + b[symbol]!);
}

/**
 * Huffman code lengths for the symbols with a count, none longer than MAX_CODE_LENGTH. A lone
 * symbol still takes one bit: were it free, "hell" and "hello" could be written alike.
 */
function codeLengths(counts: Float64Array): { symbol: number; length: number }[] {
  const present: number[] = [];
  counts.forEach((count, symbol) => count > 0 && present.push(symbol));
  if (present.length === 1) return [{ symbol: present[0]!, length: 1 }];
  let weights = present.map((symbol) => counts[symbol]!);
  for (;;) {
    const lengths = huffmanLengths(weights);
    if (Math.max(...lengths) <= MAX_CODE_LENGTH) return present.map((symbol, i) => ({ symbol, length: lengths[i]! }));
    // Flatten the counts until the rarest symbols need no more than the longest allowed code.
    weights = weights.map((weight) => Math.ceil(weight / 2));
  }
}

/** Code lengths by the classic merge of the two lightest trees (ties by order, so it is deterministic). */
function huffmanLengths(weights: number[]): number[] {
  const parent: number[] = [];
  const nodes = weights.map((weight, i) => ({ weight, id: i }));
  let next = weights.length;
  const queue = [...nodes].sort((a, b) => a.weight - b.weight || a.id - b.id);
  while (queue.length > 1) {
    const a = queue.shift()!;
    const b = queue.shift()!;
    const merged = { weight: a.weight + b.weight, id: next++ };
    parent[a.id] = merged.id;
    parent[b.id] = merged.id;
    let at = queue.findIndex((node) => node.weight > merged.weight);
    if (at < 0) at = queue.length;
    queue.splice(at, 0, merged);
  }
  const root = next - 1;
  return weights.map((_, leaf) => {
    let depth = 0;
    for (let node = leaf; node !== root; node = parent[node]!) depth++;
    return depth;
  });
}

/** Canonical order: by code length, then by symbol. */
function canonicalOrder(codes: { symbol: number; length: number }[]) {
  return [...codes].sort((a, b) => a.length - b.length || a.symbol - b.symbol);
}
