// Decisions are modelled as bytes: their UTF-8 form, one char code a byte (snapshot-records.ts
// decodes them back with TextDecoder).

/**
 * The UTF-8 bytes of text as a string of char codes below 256: how decisions are modelled. Written
 * out here because TextEncoder allocates a buffer a call, which for 400,000 short decisions costs
 * seconds; a lone surrogate becomes U+FFFD, as TextEncoder makes it.
 */
export function utf8AsBytes(text: string): string {
  let bytes = '';
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      bytes += text[i];
      continue;
    }
    if (code < 0x800) {
      bytes += String.fromCharCode(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
      continue;
    }
    const low = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code < 0xdc00 && low >= 0xdc00 && low < 0xe000) {
      code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
      i++;
      bytes += String.fromCharCode(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
      continue;
    }
    if (code >= 0xd800 && code < 0xe000) code = 0xfffd;
    bytes += String.fromCharCode(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
  }
  return bytes;
}
