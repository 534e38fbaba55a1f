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
