// The ES module build of punycode.js (the package has no types of its own). Imported by its file
// name: a bare "punycode" would be Node's deprecated built-in module in the unit tests.
declare module 'punycode/punycode.es6.js' {
  /** A Punycode string (without "xn--") to Unicode; throws on an invalid one. */
  export function decode(input: string): string;
  /** Unicode to a Punycode string (without "xn--"). */
  export function encode(input: string): string;
}
