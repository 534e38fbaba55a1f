// Strings stored back to back as UTF-8 bytes, string i at bytes[offsets[i], offsets[i + 1]): how the
// compiler holds a million names without one JS string each, and how a snapshot keeps its record dictionary.

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
  private staged = 0;
  private readonly offsets: number[] = [0];

  /** Adds text as the next string and returns its index. */
  add(text: string): number {
    this.stage(text);
    return this.commit();
  }

  /** Writes text after the last string without adding it: commit() adds it, the next stage() drops it. */
  stage(text: string): void {
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
    this.staged = at;
  }

  /** True when the staged text is string `index`. */
  stagedEquals(index: number): boolean {
    const start = this.offsets[index]!;
    const size = this.offsets[index + 1]! - start;
    if (size !== this.staged - this.length) return false;
    for (let i = 0; i < size; i++) if (this.bytes[start + i] !== this.bytes[this.length + i]) return false;
    return true;
  }

  commit(): number {
    this.length = this.staged;
    this.offsets.push(this.length);
    return this.offsets.length - 2;
  }

  get count(): number {
    return this.offsets.length - 1;
  }

  text(index: number): string {
    return decoder.decode(this.bytes.subarray(this.offsets[index], this.offsets[index + 1]));
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
