// The pieces a snapshot's texts are written with: bit streams, exp-Golomb lengths, and the learnt
// text models that encode a query exactly as the compiler encoded the list.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextModelBuilder } from '../../../lib/blocklist/compile/text-model-builder';
import { utf8AsBytes } from '../../../lib/blocklist/compile/utf8-bytes';
import { BitCursor, bitsEqual } from '../../../lib/blocklist/format/bit-reader';
import { BitWriter, expGolombBits } from '../../../lib/blocklist/format/bit-writer';
import { EncodedText, TextCoder } from '../../../lib/blocklist/format/text-coder';

function modelOf(texts: string[]): { builder: TextModelBuilder; coder: TextCoder } {
  const builder = new TextModelBuilder();
  for (const text of texts) builder.learn(text);
  return { builder, coder: new TextCoder(builder.finish()) };
}

function encoded(coder: TextCoder, text: string): EncodedText | null {
  const out = new EncodedText();
  return coder.encode(text, 0, text.length, out) ? out : null;
}

describe('bit streams', () => {
  it('read back every value and exp-Golomb code as written, in as many bits as promised', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: 2 ** 31 }), fc.integer({ min: 0, max: 16 }), fc.integer({ min: 0, max: 32 }))),
        (items) => {
          const out = new BitWriter(8);
          for (const [value, k, width] of items) {
            out.writeExpGolomb(value, k);
            out.write(value % 2 ** width, width);
          }
          const cursor = new BitCursor(out.finish());
          for (const [value, k, width] of items) {
            const before = cursor.at;
            expect(cursor.readExpGolomb(k)).toBe(value);
            expect(cursor.at - before).toBe(expGolombBits(value, k));
            expect(cursor.read(width)).toBe(value % 2 ** width);
          }
          expect(cursor.at).toBe(out.bits);
        },
      ),
    );
  });
});

describe('text models', () => {
  const texts = fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'e', 'h', 'l', 'o', '.', '-', '\u0000') }), { minLength: 1 });

  it('decode what they encode, and encode a text as the compiler wrote it', () => {
    fc.assert(
      fc.property(texts, (list) => {
        const { builder, coder } = modelOf(list);
        const written = builder.encodeAll(list);
        list.forEach((text, i) => {
          const start = written.starts[i]!;
          const bits = written.starts[i + 1]! - start;
          const query = encoded(coder, text)!;
          expect(query.bits).toBe(bits);
          expect(bitsEqual(written.bytes, start, query.bytes, 0, bits)).toBe(true);
          expect(coder.decode(new BitCursor(written.bytes, start), bits)).toBe(text);
        });
      }),
    );
  });

  it('never write two texts alike, even where a context has a single follower', () => {
    const { coder } = modelOf(['hello', 'help', 'hell']);
    const hell = encoded(coder, 'hell')!;
    const hello = encoded(coder, 'hello')!;
    expect(hell.bits).toBeLessThan(hello.bits);
    expect(encoded(coder, 'help')!.bits).not.toBe(0);
  });

  it('refuse a query with a byte or pair no listed text has, so it cannot match', () => {
    const { coder } = modelOf(['example.org', 'example.com']);
    expect(encoded(coder, 'exampl€.org')).toBeNull();
    expect(encoded(coder, 'zzz')).toBeNull();
    expect(encoded(coder, 'example.org')).not.toBeNull();
  });

  it('store a text in far fewer bits than its bytes once the model has seen many like it', () => {
    const names = Array.from({ length: 2000 }, (_, i) => `mirror-${i % 97}.example-${i % 13}.ru`);
    const { coder } = modelOf(names);
    const bits = names.reduce((sum, name) => sum + encoded(coder, name)!.bits, 0);
    const bytes = names.reduce((sum, name) => sum + name.length, 0);
    expect(bits / 8).toBeLessThan(bytes / 2);
  });
});

describe('utf8AsBytes', () => {
  it('gives the bytes TextEncoder gives, one char code each', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8AsBytes(text)).toBe(String.fromCharCode(...encoder.encode(text)));
      }),
    );
  });
});
