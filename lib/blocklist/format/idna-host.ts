// Domain names from list sources to lower-case ASCII (IDNA), through the WHATWG URL parser so the
// same code gives the same answer in Node and in a browser.

import { accepted, quoted, refused, type Checked } from '../../validation/checked';

const IPV4_SHAPE = /^[0-9.]+$/;
const LABEL = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;
/** Characters that would make the URL parser read something other than a host. */
const NOT_IN_HOST = /[\s/\\?#@:%[\]<>^|*"]/;

/** "Президент.РФ" -> "xn--d1abbgf6aiiy.xn--p1ai"; refuses anything that is not a plausible DNS name. */
export function toAsciiDomain(text: string): Checked<string> {
  const name = text.endsWith('.') ? text.slice(0, -1) : text;
  if (name === '' || NOT_IN_HOST.test(name)) return refused(`bad domain ${quoted(text)}`);
  let host: string;
  try {
    host = new URL(`http://${name}/`).hostname;
  } catch {
    return refused(`bad domain ${quoted(text)}`);
  }
  // The URL parser reads hex or short numeric names ("0x7f.1") as IPv4; those are not domains.
  if (host.length > 253 || IPV4_SHAPE.test(host) || !host.split('.').every((label) => LABEL.test(label))) {
    return refused(`bad domain ${quoted(text)}`);
  }
  return accepted(host);
}
