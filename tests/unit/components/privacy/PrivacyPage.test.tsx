// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PrivacyPage } from '../../../../components/privacy/PrivacyPage';

const PRIVACY = readFileSync(join(import.meta.dirname, '../../../../PRIVACY.md'), 'utf8');

afterEach(cleanup);

describe('the privacy page', () => {
  it('shows PRIVACY.md as headings, lists and tables, with no Markdown left in the text', () => {
    const { container } = render(<PrivacyPage markdown={PRIVACY} />);
    const headings = [...container.querySelectorAll('h1, h2, h3')].map((h) => h.textContent);
    expect(headings).toEqual(
      PRIVACY.split('\n')
        .filter((line) => /^#{1,3} /.test(line))
        .map((line) => line.replace(/^#+ /, '').replaceAll('*', '').replaceAll('`', '')),
    );
    expect(container.querySelectorAll('table th[scope="col"]').length).toBeGreaterThan(0);
    expect(container.querySelectorAll('li').length).toBeGreaterThan(0);
    const text = container.textContent ?? '';
    for (const markdown of ['|---', '`', '# ', '\n- ']) expect(text).not.toContain(markdown);
  });

  it('renders markup in the text as text', () => {
    const { container } = render(<PrivacyPage markdown={'A <img src=x onerror=alert(1)> and `<b>code</b>`'} />);
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.querySelector('code')?.textContent).toBe('<b>code</b>');
  });
});
