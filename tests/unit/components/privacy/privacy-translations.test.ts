// The privacy page in every language the extension ships says what PRIVACY.md says. A translation
// must have the same sections, paragraphs, list items and table cells, and in each of them the same
// facts: the same names in code (`storage.session`, `RETENTION_DAYS`), the same numbers (2,000 hosts,
// 30 seconds, 90 days; written in the language's own digits and separators), the same emphasised
// words and the extension's own button labels. When PRIVACY.md changes, the failure names the
// English passage whose translations are to be brought in step.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, type Block, type Inline } from '../../../../components/privacy/markdown-blocks';
import { messagesTranslate, type Locale } from '../../helpers/messages-translate';

const ROOT = join(import.meta.dirname, '../../../..');
const read = (name: string) => readFileSync(join(ROOT, name), 'utf8');

const ENGLISH = read('PRIVACY.md');
const TRANSLATED: Locale[] = ['ru', 'uk', 'fa'];
const translation = (locale: Locale) => read(`PRIVACY.${locale}.md`);

/** One passage: a heading, a paragraph, a list item or a table cell, with where it is. */
interface Passage {
  where: string;
  parts: Inline[];
}

/** The shape of the text: block types, heading levels, list lengths, table sizes. */
function outline(blocks: Block[]): string[] {
  return blocks.map((block) => {
    switch (block.type) {
      case 'heading':
        return `h${block.level}`;
      case 'paragraph':
        return 'p';
      case 'list':
        return `list of ${block.items.length}`;
      case 'table':
        return `table ${block.head.length} wide, ${block.rows.map((row) => row.length).join('/')}`;
    }
  });
}

function passages(blocks: Block[]): Passage[] {
  return blocks.flatMap((block, index): Passage[] => {
    const at = `block ${index + 1} (${block.type})`;
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return [{ where: at, parts: block.content }];
      case 'list':
        return block.items.map((parts, item) => ({ where: `${at}, item ${item + 1}`, parts }));
      case 'table':
        return [block.head, ...block.rows].flatMap((row, r) =>
          row.map((parts, c) => ({ where: `${at}, row ${r}, column ${c + 1}`, parts })),
        );
    }
  });
}

/** Persian and Arabic-Indic digits as ASCII ones. */
const asciiDigits = (text: string) =>
  text.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (digit) => String((digit.charCodeAt(0) - 0x0660) % 0x90));

/** The numbers of a text, thousands separators (",", "٬", no-break and thin spaces) removed. */
function numbers(text: string): number[] {
  return [...asciiDigits(text).matchAll(/\d+(?:[,\u066c\u00a0\u202f]\d{3})*/g)]
    .map((match) => Number(match[0].replace(/[^\d]/g, '')))
    .sort((a, b) => a - b);
}

interface Facts {
  code: string[];
  numbers: number[];
  emphasised: number;
  buttons: number[];
}

function factsOf(parts: Inline[], buttons: string[]): Facts {
  const text = parts.filter((part) => part.type !== 'code').map((part) => part.text).join('');
  return {
    code: parts.filter((part) => part.type === 'code').map((part) => part.text).sort(),
    numbers: numbers(text),
    emphasised: parts.filter((part) => part.type === 'em').length,
    buttons: buttons.map((label) => text.split(label).length - 1),
  };
}

/** The popup's button labels the text names, in the language of `locale`. */
const BUTTONS = ['recheck_button', 'address_lookup_button'];
const buttonLabels = (locale: Locale) => BUTTONS.map((key) => messagesTranslate(locale)(key));

const english = parseMarkdown(ENGLISH);
const englishPassages = passages(english);

/** A passage's English text, cut short, so a failure says which one to bring in step. */
const englishText = (index: number) => {
  const text = englishPassages[index]!.parts.map((part) => part.text).join('');
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
};

describe.each(TRANSLATED)('PRIVACY.%s.md', (locale) => {
  const text = translation(locale);
  const blocks = parseMarkdown(text);

  it('has the sections, paragraphs, lists and tables of PRIVACY.md', () => {
    expect(outline(blocks)).toEqual(outline(english));
    expect(blocks.filter((block) => block.type === 'heading').length).toBeGreaterThan(5);
  });

  it('says the same facts in each passage: names in code, numbers, emphasis and button labels', () => {
    const translated = passages(blocks);
    expect(translated.map((passage) => passage.where)).toEqual(englishPassages.map((passage) => passage.where));
    const ownLabels = buttonLabels(locale);
    const englishLabels = buttonLabels('en');
    englishPassages.forEach((passage, index) => {
      const english = { where: passage.where, english: englishText(index), ...factsOf(passage.parts, englishLabels) };
      const theirs = { where: passage.where, english: englishText(index), ...factsOf(translated[index]!.parts, ownLabels) };
      expect(theirs).toEqual(english);
    });
  });

  it('is translated, in the language’s own spelling', () => {
    const prose = blocks.flatMap((block) => passages([block])).map((passage) => passage.parts.map((part) => part.text).join(''));
    const letters = { ru: /[а-яё]/i, uk: /[а-яіїєґ]/i, fa: /[\u0600-\u06ff]/ }[locale as 'ru' | 'uk' | 'fa'];
    // Every passage but the bare names of table headings and code carries the language's letters.
    const untranslated = prose.filter((passage) => /[a-z]{4,}/i.test(passage) && !letters.test(passage));
    expect(untranslated).toEqual([]);
    // Ukrainian without ы, э, ъ, ё; Persian with ی and ک rather than the Arabic letters.
    const foreign = { ru: /$^/, uk: /[ыэъё]/i, fa: /[\u064a\u0643]/ }[locale as 'ru' | 'uk' | 'fa'];
    expect(text.match(foreign)).toBeNull();
  });

  it('has the title the extension gives the page', () => {
    const [title] = blocks;
    expect(title).toEqual({ type: 'heading', level: 1, content: [{ type: 'text', text: messagesTranslate(locale)('privacy_title') }] });
  });
});

describe('the facts checked', () => {
  it('finds numbers however they are written', () => {
    expect(numbers('at most 2,000 hosts, 30 seconds, SHA-256')).toEqual([30, 256, 2000]);
    expect(numbers('не более 2\u00a0000 узлов, 1 000 и 7')).toEqual([0, 1, 7, 2000]);
    expect(numbers('حداکثر ۲٬۰۰۰ میزبان، ۳۰ ثانیه')).toEqual([30, 2000]);
  });

  it('fails a translation that drops a number or a name in code', () => {
    const facts = (markdown: string) => factsOf((parseMarkdown(markdown)[0] as { content: Inline[] }).content, []);
    expect(facts('Kept for 90 days in `storage.local`.')).not.toEqual(facts('Хранится 30 дней в `storage.local`.'));
    expect(facts('Kept for 90 days in `storage.local`.')).not.toEqual(facts('Хранится 90 дней в памяти.'));
    expect(facts('Kept for 90 days in `storage.local`.')).toEqual(facts('Хранится 90 дней в `storage.local`.'));
  });

  it('has the English title the extension gives the page', () => {
    expect(english[0]).toEqual({ type: 'heading', level: 1, content: [{ type: 'text', text: messagesTranslate('en')('privacy_title') }] });
  });
});
