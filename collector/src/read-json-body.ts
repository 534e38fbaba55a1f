// Reads a request body as JSON within a byte limit, refusing early: a declared Content-Length over
// the limit is refused unread, and a body without one is cut off as soon as it streams past the limit.

export type BodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; error: string };

const JSON_MEDIA_TYPE = /^application\/json\s*(;\s*charset="?utf-8"?\s*)?$/i;

export async function readJsonBody(request: Request, maxBytes: number): Promise<BodyResult> {
  if (!JSON_MEDIA_TYPE.test(request.headers.get('content-type') ?? '')) {
    return { ok: false, status: 415, error: 'content-type must be application/json' };
  }
  const tooLarge = { ok: false, status: 413, error: `body must be at most ${maxBytes} bytes` } as const;
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) return tooLarge;

  // With a declared length, Node's HTTP parser delivers exactly that many bytes, so the body is read
  // whole (the server's fast path, no stream); the size is checked again for requests built in process.
  const bytes = declared === null ? await readAtMost(request, maxBytes) : new Uint8Array(await request.arrayBuffer());
  if (bytes === null || bytes.byteLength > maxBytes) return tooLarge;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, status: 400, error: 'body must be UTF-8' };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, status: 400, error: 'body must be JSON' };
  }
}

/** The body's bytes, or null as soon as they pass `maxBytes` (the rest is never read). */
async function readAtMost(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
