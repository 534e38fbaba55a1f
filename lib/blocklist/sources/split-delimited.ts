// Splits one line of a delimiter-separated source into fields, honouring RFC 4180 double quotes
// ("a;b" is one field, "" inside quotes is one quote character).

export interface DelimitedFields {
  fields: string[];
  /** True when the line ends inside a quoted field: truncated, or continued on the next line. */
  open: boolean;
}

export function splitDelimited(line: string, delimiter: string): DelimitedFields {
  if (!line.includes('"')) return { fields: line.split(delimiter), open: false };
  const fields: string[] = [];
  let position = 0;
  for (;;) {
    let field = '';
    let cursor = position;
    while (line[cursor] === ' ') cursor++;
    if (line[cursor] === '"') {
      // A quoted field: stray spaces before the opening quote are not content.
      cursor++;
      for (;;) {
        const quote = line.indexOf('"', cursor);
        if (quote < 0) {
          fields.push(field + line.slice(cursor));
          return { fields, open: true };
        }
        field += line.slice(cursor, quote);
        cursor = quote + 1;
        if (line[cursor] !== '"') break;
        field += '"';
        cursor++;
      }
    } else cursor = position;
    // Unquoted text, or text after a closing quote, runs to the next delimiter.
    const end = line.indexOf(delimiter, cursor);
    fields.push(field + line.slice(cursor, end < 0 ? line.length : end));
    if (end < 0) return { fields, open: false };
    position = end + 1;
  }
}
