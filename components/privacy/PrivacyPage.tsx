// The privacy page: PRIVACY.md (or its translation) as the extension ships it, so the page and the
// repository's files cannot say different things.
import type { JSX } from 'preact';
import { parseMarkdown, type Block, type Inline } from './markdown-blocks';

function InlineText({ parts }: { parts: Inline[] }) {
  return (
    <>
      {parts.map((part) =>
        // Names, addresses and settings stay left to right inside right-to-left text.
        part.type === 'code' ? <code dir="ltr">{part.text}</code> : part.type === 'em' ? <em>{part.text}</em> : part.text,
      )}
    </>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'heading': {
      const Heading = `h${Math.min(block.level, 6)}` as keyof JSX.IntrinsicElements;
      return (
        <Heading>
          <InlineText parts={block.content} />
        </Heading>
      );
    }
    case 'paragraph':
      return (
        <p>
          <InlineText parts={block.content} />
        </p>
      );
    case 'list':
      return (
        <ul>
          {block.items.map((item) => (
            <li>
              <InlineText parts={item} />
            </li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <div class="privacy-table">
          <table>
            <thead>
              <tr>
                {block.head.map((cell) => (
                  <th scope="col">
                    <InlineText parts={cell} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row) => (
                <tr>
                  {row.map((cell) => (
                    <td>
                      <InlineText parts={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

export function PrivacyPage({ markdown }: { markdown: string }) {
  return (
    <div class="page">
      <main class="card privacy">
        {parseMarkdown(markdown).map((block) => (
          <BlockView block={block} />
        ))}
      </main>
    </div>
  );
}
