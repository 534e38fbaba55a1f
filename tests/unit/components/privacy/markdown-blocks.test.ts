import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from '../../../../components/privacy/markdown-blocks';

describe('parseInline', () => {
  it('splits code spans and emphasis from text, and nothing inside code is emphasis', () => {
    expect(parseInline('kept in `storage.session` (*listed* or `a*b*c`)')).toEqual([
      { type: 'text', text: 'kept in ' },
      { type: 'code', text: 'storage.session' },
      { type: 'text', text: ' (' },
      { type: 'em', text: 'listed' },
      { type: 'text', text: ' or ' },
      { type: 'code', text: 'a*b*c' },
      { type: 'text', text: ')' },
    ]);
  });

  it('leaves a lone asterisk and plain text alone', () => {
    expect(parseInline('2 * 3 is six')).toEqual([{ type: 'text', text: '2 * 3 is six' }]);
  });
});

describe('parseMarkdown', () => {
  it('reads headings, paragraphs joined across lines, lists with continued items, and tables', () => {
    const markdown = [
      '# Title',
      '',
      'One paragraph',
      'on two lines.',
      '## Part',
      '- first item',
      '  continued',
      '- second `item`',
      '',
      '| what | where |',
      '|---|---|',
      '| findings | `storage.session` |',
      '| settings | local |',
    ].join('\n');
    expect(parseMarkdown(markdown)).toEqual([
      { type: 'heading', level: 1, content: [{ type: 'text', text: 'Title' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'One paragraph on two lines.' }] },
      { type: 'heading', level: 2, content: [{ type: 'text', text: 'Part' }] },
      {
        type: 'list',
        items: [
          [{ type: 'text', text: 'first item continued' }],
          [{ type: 'text', text: 'second ' }, { type: 'code', text: 'item' }],
        ],
      },
      {
        type: 'table',
        head: [[{ type: 'text', text: 'what' }], [{ type: 'text', text: 'where' }]],
        rows: [
          [[{ type: 'text', text: 'findings' }], [{ type: 'code', text: 'storage.session' }]],
          [[{ type: 'text', text: 'settings' }], [{ type: 'text', text: 'local' }]],
        ],
      },
    ]);
  });

  it('treats Windows line ends like Unix ones', () => {
    expect(parseMarkdown('# A\r\n\r\nb\r\nc')).toEqual(parseMarkdown('# A\n\nb\nc'));
  });
});
