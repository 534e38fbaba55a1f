// Reads the small Markdown subset PRIVACY.md is written in (headings, paragraphs, bullet lists,
// tables, `code` and *emphasis*) into blocks the privacy page renders as elements, never as HTML.

export type Inline = { type: 'text' | 'code' | 'em'; text: string };

export type Block =
  | { type: 'heading'; level: number; content: Inline[] }
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'list'; items: Inline[][] }
  | { type: 'table'; head: Inline[][]; rows: Inline[][][] };

const HEADING = /^(#{1,6}) (.*)$/;
const LIST_ITEM = /^- (.*)$/;
const TABLE_RULE = /^\|(\s*:?-+:?\s*\|)+$/;

/** `code` spans first (nothing inside them is emphasis), then *emphasis*; the rest is text. */
export function parseInline(text: string): Inline[] {
  const parts: Inline[] = [];
  const pattern = /`([^`]+)`|\*([^*\s][^*]*)\*/g;
  let last = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match.index > last) parts.push({ type: 'text', text: text.slice(last, match.index) });
    parts.push(match[1] === undefined ? { type: 'em', text: match[2] ?? '' } : { type: 'code', text: match[1] });
    last = pattern.lastIndex;
  }
  if (last < text.length) parts.push({ type: 'text', text: text.slice(last) });
  return parts;
}

function tableCells(line: string): Inline[][] {
  return line
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => parseInline(cell.trim()));
}

/** Splits the text into blocks; lines of one paragraph or list item are joined with spaces. */
export function parseMarkdown(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  let index = 0;
  while (index < lines.length) {
    const line = lines[index]!;
    const heading = HEADING.exec(line);
    if (line.trim() === '') {
      index++;
    } else if (heading) {
      blocks.push({ type: 'heading', level: heading[1]!.length, content: parseInline(heading[2]!) });
      index++;
    } else if (line.startsWith('|')) {
      const rows: Inline[][][] = [];
      for (; lines[index]?.startsWith('|'); index++) {
        if (!TABLE_RULE.test(lines[index]!.replace(/\s/g, ''))) rows.push(tableCells(lines[index]!));
      }
      blocks.push({ type: 'table', head: rows[0] ?? [], rows: rows.slice(1) });
    } else if (LIST_ITEM.test(line)) {
      const items: string[] = [];
      for (; lines[index] !== undefined && lines[index]!.trim() !== ''; index++) {
        const item = LIST_ITEM.exec(lines[index]!);
        if (item) items.push(item[1]!);
        else items[items.length - 1] += ` ${lines[index]!.trim()}`;
      }
      blocks.push({ type: 'list', items: items.map(parseInline) });
    } else {
      const paragraph: string[] = [];
      for (; lines[index] !== undefined && lines[index]!.trim() !== '' && !HEADING.test(lines[index]!); index++) {
        paragraph.push(lines[index]!.trim());
      }
      blocks.push({ type: 'paragraph', content: parseInline(paragraph.join(' ')) });
    }
  }
  return blocks;
}
