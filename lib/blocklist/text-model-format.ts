// The byte layout of a text model (text-model-builder.ts writes it, text-coder.ts reads it): for
// each context, the bytes that follow it in the list's texts with their canonical Huffman code
// lengths, symbols in (length, byte) order.
//
//   u32 contexts C   u32 symbols S   u32 starts[C + 1]   u16 keys[C] (ascending)   pad to 4
//   u8 symbols[S]    u8 lengths[S]
//
// A symbol's context is the pair of bytes before it when the model keeps that pair (a key with a
// non-zero high byte), else the byte before it alone (0 at the start). Pairs seen too seldom to
// pay for their own code fall back to the one-byte context, which keeps the model small.

/** Longest code: a code and its length then fit one 25-bit read and one 32-bit table word. */
export const MAX_CODE_LENGTH = 24;

/** A set of byte pairs, one bit each. */
export type PairSet = Uint32Array;

export function pairKey(beforePrevious: number, previous: number): number {
  return (beforePrevious << 8) | previous;
}

export function newPairSet(): PairSet {
  return new Uint32Array(2048);
}

export function addPair(pairs: PairSet, key: number): void {
  pairs[key >>> 5]! |= 1 << (key & 31);
}

/** The key of the context the byte after these two is coded in. */
export function contextOf(pairs: PairSet, beforePrevious: number, previous: number): number {
  const key = pairKey(beforePrevious, previous);
  return (pairs[key >>> 5]! >>> (key & 31)) & 1 ? key : previous;
}

export interface TextModelLayout {
  contexts: number;
  symbols: number;
  startsAt: number;
  keysAt: number;
  symbolsAt: number;
  lengthsAt: number;
  byteLength: number;
}

export function textModelLayout(contexts: number, symbols: number): TextModelLayout {
  const startsAt = 8;
  const keysAt = startsAt + 4 * (contexts + 1);
  const symbolsAt = (keysAt + 2 * contexts + 3) & ~3;
  const lengthsAt = symbolsAt + symbols;
  return { contexts, symbols, startsAt, keysAt, symbolsAt, lengthsAt, byteLength: lengthsAt + symbols };
}
