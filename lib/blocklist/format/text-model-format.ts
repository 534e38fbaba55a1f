// The byte layout of a text model (text-model-builder.ts writes it, text-coder.ts reads it): for
// each context, the bytes that follow it in the list's texts with their canonical Huffman code
// lengths, symbols in (length, byte) order.
//
//   u32 contexts C   u32 symbols S   u32 starts[C + 1]   u16 keys[C] (ascending)   pad to 4
//   u8 symbols[S]    u8 lengths[S]
//
// A symbol's context is the pair of bytes before it when the model has that pair's key (high byte
// the byte before last, low byte the last), else the last byte alone (0 at the start). Pairs seen
// too seldom to pay for their own code fall back to the one-byte context, which keeps models small.

/** Longest code: a code and its length then fit one 25-bit read and one 32-bit table word. */
export const MAX_CODE_LENGTH = 24;

export function pairKey(beforePrevious: number, previous: number): number {
  return (beforePrevious << 8) | previous;
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
