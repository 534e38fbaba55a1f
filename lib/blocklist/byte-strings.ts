// Strings stored back to back as UTF-8 bytes, string i at bytes[offsets[i], offsets[i + 1]): how a
// snapshot keeps hosts, URLs and record texts without one JS string each.

export interface ByteStrings {
  offsets: Uint32Array;
  bytes: Uint8Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Collects strings in order; used by the compiler. */
export class ByteStringsBuilder {
  private bytes = new Uint8Array(1 << 16);
  private length = 0;
  private readonly offsets: number[] = [0];

  add(text: string): void {
    this.reserve(text.length * 3);
    let at = this.length;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x80) {
        at = this.length + encoder.encodeInto(text, this.bytes.subarray(this.length)).written;
        break;
      }
      this.bytes[at++] = code;
    }
    this.length = at;
    this.offsets.push(at);
  }

  get count(): number {
    return this.offsets.length - 1;
  }

  finish(): ByteStrings {
    return { offsets: Uint32Array.from(this.offsets), bytes: this.bytes.slice(0, this.length) };
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
}

export function decodeString(strings: ByteStrings, index: number): string {
  return decoder.decode(strings.bytes.subarray(strings.offsets[index], strings.offsets[index + 1]));
}

/** True when bytes[start, end) hold exactly text[from, to), which must be ASCII to match. */
export function bytesEqualText(bytes: Uint8Array, start: number, end: number, text: string, from: number, to: number): boolean {
  if (end - start !== to - from) return false;
  for (let i = start, j = from; i < end; i++, j++) if (bytes[i] !== text.charCodeAt(j)) return false;
  return true;
}
