// URLs from list sources in the form a browser reports them: scheme and host lower-case, host in
// ASCII, path and query percent-encoded, fragment dropped.

import { accepted, quoted, refused, type Checked } from '../../validation/checked';

export function normaliseListUrl(text: string): Checked<string> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refused(`bad URL ${quoted(text)}`);
  }
  if (url.hostname === '') return refused(`bad URL ${quoted(text)}`);
  url.hash = '';
  return accepted(url.href);
}
