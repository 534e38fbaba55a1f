// Reads a text model in place (layout in text-model-format.ts) to encode a query the way the
// compiler encoded the list's texts, so a lookup compares bits with bits; and decodes texts that
// are shown (decisions). A query with a byte or pair the list never had cannot be listed.

import type { BitCursor } from './bit-reader';
import { BIT_STREAM_PADDING } from './bit-writer';
import { MAX_CODE_LENGTH, textModelLayout, type TextModelLayout } from './text-model-format';

const LENGTH_BITS = 5;
const SYMBOLS = 256;

/** A query as a model writes it: its bits from the first of `bytes` (what follows them is not part of it). */
export class EncodedText {
  bytes = new Uint8Array(256);
  bits = 0;
}

export class TextCoder {
  private readonly starts: Uint32Array;
  private readonly keys: Uint16Array;
  private readonly symbols: Uint8Array;
  private readonly lengths: Uint8Array;
  /** Built at the first encode or decode, so a worker is ready before it needs them. */
  private tables: CodeTables | null = null;

  /** Checks the model's layout; nothing is built until the model is used. */
  constructor(model: Uint8Array) {
    const view = new DataView(model.buffer, model.byteOffset, model.byteLength);
    if (model.byteLength < 8 || model.byteOffset % 4 !== 0) throw corrupt();
    const layout: TextModelLayout = textModelLayout(view.getUint32(0, true), view.getUint32(4, true));
    if (layout.byteLength !== model.byteLength || layout.contexts >= 0xffff) throw corrupt();
    const at = model.byteOffset;
    this.starts = new Uint32Array(model.buffer, at + layout.startsAt, layout.contexts + 1);
    this.keys = new Uint16Array(model.buffer, at + layout.keysAt, layout.contexts);
    this.symbols = new Uint8Array(model.buffer, at + layout.symbolsAt, layout.symbols);
    this.lengths = new Uint8Array(model.buffer, at + layout.lengthsAt, layout.symbols);
    for (let c = 0; c < layout.contexts; c++) if (this.starts[c]! > this.starts[c + 1]!) throw corrupt();
    if (this.starts[layout.contexts] !== layout.symbols) throw corrupt();
  }

  /** Writes text[from, to) to out; false when the model cannot write it (so no listed text is it). */
  encode(text: string, from: number, to: number, out: EncodedText): boolean {
    const needed = (((to - from) * MAX_CODE_LENGTH) >>> 3) + 8;
    if (out.bytes.length < needed) out.bytes = new Uint8Array(2 * needed);
    const bytes = out.bytes;
    const tables = this.tables ?? this.buildTables();
    const { codes, letters, letterCount } = tables;
    let length = 0;
    let pending = 0;
    let pendingBits = 0;
    let beforePrevious = 0;
    let previous = 0;
    for (let i = from; i < to; i++) {
      const symbol = text.charCodeAt(i);
      const letter = symbol < SYMBOLS ? letters[symbol]! : 0;
      if (letter === 0) return false;
      const context = contextOf(tables, beforePrevious, previous);
      const code = context < 0 ? 0 : codes[context * letterCount + letter - 1]!;
      if (code === 0) return false;
      // Packed here rather than through a BitWriter: this runs for every character a lookup encodes.
      // Fewer than 8 bits wait in `pending`, so a code of up to 24 bits joins them in 31.
      const codeLength = code & ((1 << LENGTH_BITS) - 1);
      pending = (pending << codeLength) | (code >>> LENGTH_BITS);
      pendingBits += codeLength;
      while (pendingBits >= 8) {
        pendingBits -= 8;
        bytes[length++] = pending >>> pendingBits;
        pending &= (1 << pendingBits) - 1;
      }
      beforePrevious = previous;
      previous = symbol === 0 ? 0 : letter;
    }
    bytes[length] = pending << (8 - pendingBits);
    out.bits = 8 * length + pendingBits;
    return true;
  }

  /** Decodes `bits` bits at the cursor into the bytes they stand for, each as one char code. */
  decode(cursor: BitCursor, bits: number): string {
    const end = cursor.at + bits;
    if (end > 8 * (cursor.bytes.length - BIT_STREAM_PADDING)) throw corrupt();
    const tables = this.tables ?? this.buildTables();
    let beforePrevious = 0;
    let previous = 0;
    let text = '';
    while (cursor.at < end) {
      const symbol = this.decodeSymbol(cursor, contextOf(tables, beforePrevious, previous));
      text += String.fromCharCode(symbol);
      beforePrevious = previous;
      previous = symbol === 0 ? 0 : tables.letters[symbol]!;
    }
    if (cursor.at !== end) throw corrupt();
    return text;
  }

  private decodeSymbol(cursor: BitCursor, context: number): number {
    if (context < 0) throw corrupt();
    let index = this.starts[context]!;
    const end = this.starts[context + 1]!;
    // Canonical decoding: codes of each length are consecutive numbers, after the shorter ones.
    let code = 0;
    let first = 0;
    for (let length = 1; length <= MAX_CODE_LENGTH; length++) {
      code |= cursor.read(1);
      let count = 0;
      while (index + count < end && this.lengths[index + count] === length) count++;
      if (code - first < count) return this.symbols[index + code - first]!;
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    throw corrupt();
  }

  /** Lays the codes out for direct lookup: 4 bytes a context and letter (about 0.1 MB for host names). */
  private buildTables(): CodeTables {
    const letters = new Uint16Array(SYMBOLS);
    let letterCount = 0;
    for (const symbol of this.symbols) if (letters[symbol] === 0) letters[symbol] = ++letterCount;
    const contexts = this.keys.length;
    const side = letterCount + 1;
    const tables: CodeTables = {
      letters,
      letterCount,
      pairContexts: new Uint16Array(side * side),
      singleContexts: new Uint16Array(side),
      codes: new Uint32Array(contexts * letterCount),
    };
    const contextLetter = (byte: number) => (byte === 0 ? 0 : letters[byte]!);
    for (let context = 0; context < contexts; context++) {
      const key = this.keys[context]!;
      const beforePrevious = key >>> 8;
      if (beforePrevious === 0) tables.singleContexts[contextLetter(key)] = context + 1;
      else tables.pairContexts[contextLetter(beforePrevious) * side + contextLetter(key & 0xff)] = context + 1;
      let code = 0;
      let previousLength = -1;
      for (let i = this.starts[context]!; i < this.starts[context + 1]!; i++) {
        const length = this.lengths[i]!;
        if (length < 1 || length > MAX_CODE_LENGTH || length < previousLength) throw corrupt();
        if (previousLength >= 0) code <<= length - previousLength;
        // More codes than the lengths leave room for: not a prefix code, so not a model we wrote.
        if (code >= 2 ** length) throw corrupt();
        previousLength = length;
        tables.codes[context * letterCount + letters[this.symbols[i]!]! - 1] = ((code << LENGTH_BITS) | length) >>> 0;
        code++;
      }
    }
    this.tables = tables;
    return tables;
  }
}

/**
 * Everything is indexed by letters, the bytes the model writes numbered from 1, so the context
 * tables of a host model fit a few kilobytes and its codes under 100 kB. In a context, byte 0 and the start of the text are letter 0.
 */
interface CodeTables {
  /** By byte: its letter, or 0 for a byte the model never writes. */
  letters: Uint16Array;
  letterCount: number;
  /** Context number + 1 by (letter before last) * (letterCount + 1) + last letter; 0 for none. */
  pairContexts: Uint16Array;
  /** Context number + 1 by last letter, for a pair the model does not keep. */
  singleContexts: Uint16Array;
  /** By context number * letterCount + letter - 1: the code above its length (LENGTH_BITS); 0 for none. */
  codes: Uint32Array;
}

/** The number of the context after these two letters (text-model-format.ts), or -1. */
function contextOf(tables: CodeTables, beforePrevious: number, previous: number): number {
  const pair = tables.pairContexts[beforePrevious * (tables.letterCount + 1) + previous]!;
  return (pair || tables.singleContexts[previous]!) - 1;
}

function corrupt(): Error {
  return new Error('snapshot is corrupt: bad text model');
}
