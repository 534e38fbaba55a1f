// Reads a text model in place (layout in text-model-format.ts) to encode a query the way the
// compiler encoded the list's texts, so a lookup compares bits with bits; and decodes texts that
// are shown (decisions). A query with a byte or pair the list never had cannot be listed.

import type { BitWriter } from './bit-writer';
import type { BitCursor } from './bit-reader';
import { addPair, contextOf, MAX_CODE_LENGTH, newPairSet, textModelLayout, type TextModelLayout } from './text-model-format';

const LENGTH_BITS = 5;

export class TextCoder {
  private readonly starts: Uint32Array;
  private readonly keys: Uint16Array;
  private readonly symbols: Uint8Array;
  private readonly lengths: Uint8Array;
  private readonly pairs = newPairSet();
  /** Open addressing over (context << 8 | symbol) + 1, with the code and its length beside it. */
  private readonly tableKeys: Uint32Array;
  private readonly tableCodes: Uint32Array;
  private readonly tableShift: number;

  /** Checks the model's bounds and builds its code table (a few thousand entries). */
  constructor(model: Uint8Array) {
    const view = new DataView(model.buffer, model.byteOffset, model.byteLength);
    if (model.byteLength < 8 || model.byteOffset % 4 !== 0) throw corrupt();
    const layout: TextModelLayout = textModelLayout(view.getUint32(0, true), view.getUint32(4, true));
    if (layout.byteLength !== model.byteLength) throw corrupt();
    const at = model.byteOffset;
    this.starts = new Uint32Array(model.buffer, at + layout.startsAt, layout.contexts + 1);
    this.keys = new Uint16Array(model.buffer, at + layout.keysAt, layout.contexts);
    this.symbols = new Uint8Array(model.buffer, at + layout.symbolsAt, layout.symbols);
    this.lengths = new Uint8Array(model.buffer, at + layout.lengthsAt, layout.symbols);
    if (this.starts[layout.contexts] !== layout.symbols) throw corrupt();
    const slots = 2 ** Math.max(4, Math.ceil(Math.log2(2 * layout.symbols + 1)));
    this.tableShift = 32 - Math.log2(slots);
    this.tableKeys = new Uint32Array(slots);
    this.tableCodes = new Uint32Array(slots);
    for (let c = 0; c < layout.contexts; c++) {
      if (this.keys[c]! > 0xff) addPair(this.pairs, this.keys[c]!);
      this.addContext(c);
    }
  }

  /** Writes text[from, to) to out; false when the model cannot write it (so no listed text is it). */
  encode(text: string, from: number, to: number, out: BitWriter): boolean {
    let beforePrevious = 0;
    let previous = 0;
    for (let i = from; i < to; i++) {
      const symbol = text.charCodeAt(i);
      if (symbol > 0xff) return false;
      const key = ((contextOf(this.pairs, beforePrevious, previous) << 8) | symbol) + 1;
      let slot = Math.imul(key, 0x9e3779b1) >>> this.tableShift;
      for (;;) {
        const held = this.tableKeys[slot]!;
        if (held === key) break;
        if (held === 0) return false;
        slot = (slot + 1) & (this.tableKeys.length - 1);
      }
      const code = this.tableCodes[slot]!;
      out.write(code >>> LENGTH_BITS, code & ((1 << LENGTH_BITS) - 1));
      beforePrevious = previous;
      previous = symbol;
    }
    return true;
  }

  /** Decodes `bits` bits at the cursor into the bytes they stand for, each as one char code. */
  decode(cursor: BitCursor, bits: number): string {
    const end = cursor.at + bits;
    let beforePrevious = 0;
    let previous = 0;
    let text = '';
    while (cursor.at < end) {
      const symbol = this.decodeSymbol(cursor, contextOf(this.pairs, beforePrevious, previous));
      text += String.fromCharCode(symbol);
      beforePrevious = previous;
      previous = symbol;
    }
    if (cursor.at !== end) throw corrupt();
    return text;
  }

  private decodeSymbol(cursor: BitCursor, key: number): number {
    const context = this.contextIndex(key);
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

  private contextIndex(key: number): number {
    let low = 0;
    let high = this.keys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.keys[middle]! < key) low = middle + 1;
      else high = middle;
    }
    if (this.keys[low] !== key) throw corrupt();
    return low;
  }

  private addContext(context: number): void {
    const key = this.keys[context]!;
    let code = 0;
    let previousLength = -1;
    for (let i = this.starts[context]!; i < this.starts[context + 1]!; i++) {
      const length = this.lengths[i]!;
      if (length < 1 || length > MAX_CODE_LENGTH || length < previousLength) throw corrupt();
      if (previousLength >= 0) code <<= length - previousLength;
      previousLength = length;
      const tableKey = ((key << 8) | this.symbols[i]!) + 1;
      let slot = Math.imul(tableKey, 0x9e3779b1) >>> this.tableShift;
      while (this.tableKeys[slot] !== 0) slot = (slot + 1) & (this.tableKeys.length - 1);
      this.tableKeys[slot] = tableKey;
      this.tableCodes[slot] = ((code << LENGTH_BITS) | length) >>> 0;
      code++;
    }
  }
}

function corrupt(): Error {
  return new Error('snapshot is corrupt: bad text model');
}
