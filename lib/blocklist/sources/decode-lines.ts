// Bytes of a list source to numbered text lines, decoded as they stream in, so a file of any size
// is never held whole in memory (only the current line is).

export type SourceEncoding = 'windows-1251' | 'utf-8';

export interface SourceLine {
  text: string;
  /** 1-based line number in the file. */
  number: number;
  /** False only for a last line that the file does not end with a newline. */
  terminated: boolean;
}

export async function* decodeLines(
  chunks: AsyncIterable<Uint8Array>,
  encoding: SourceEncoding,
): AsyncGenerator<SourceLine> {
  const decoder = new TextDecoder(encoding);
  // A line longer than a chunk (the registry has 4 MB ones) is kept as pieces and joined once.
  let pending: string[] = [];
  let number = 0;
  const line = (text: string, terminated: boolean): SourceLine => {
    const whole = pending.length ? pending.join('') + text : text;
    pending = [];
    number++;
    return { text: whole.endsWith('\r') ? whole.slice(0, -1) : whole, number, terminated };
  };
  const split = function* (text: string): Generator<SourceLine> {
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      yield line(text.slice(start, end), true);
      start = end + 1;
    }
    if (start < text.length) pending.push(text.slice(start));
  };
  for await (const chunk of chunks) yield* split(decoder.decode(chunk, { stream: true }));
  yield* split(decoder.decode());
  if (pending.length) yield line('', false);
}

/**
 * Non-ASCII bytes that must all be valid UTF-8 before a file declared Windows-1251 is taken for
 * UTF-8 without reading to its end. Windows-1251 Cyrillic is almost never valid UTF-8 (its lower-case
 * letters are UTF-8 lead bytes, and the next letter is no continuation byte), so a registry dump
 * fails the check in its first chunk.
 */
const UTF8_EVIDENCE = 16;

/**
 * Passes the bytes of a file that must be Windows-1251 through, and throws `refusal` as soon as they
 * are UTF-8 instead (by the first chunk with enough Cyrillic; a file with few non-ASCII bytes, or a
 * byte-order mark only, at its end). Read as Windows-1251, UTF-8 Cyrillic turns into other Cyrillic
 * ("Мосгорсуд" into "РњРѕСЃРіРѕСЂСЃСѓРґ") with no error to show for it.
 */
export async function* refuseUtf8(chunks: AsyncIterable<Uint8Array>, refusal: string): AsyncGenerator<Uint8Array> {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let checking = true;
  let nonAscii = 0;
  for await (const chunk of chunks) {
    if (checking) {
      try {
        utf8.decode(chunk, { stream: true });
        for (const byte of chunk) if (byte >= 0x80) nonAscii++;
        if (nonAscii >= UTF8_EVIDENCE) throw new Error(refusal);
      } catch (error) {
        if (!(error instanceof TypeError)) throw error;
        checking = false;
      }
    }
    yield chunk;
  }
  if (!checking) return;
  try {
    utf8.decode();
  } catch {
    return;
  }
  if (nonAscii > 0) throw new Error(refusal);
}
