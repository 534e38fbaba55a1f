// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PrivacyPage } from '../../../../components/privacy/PrivacyPage';
import { privacyText } from '../../../../components/privacy/privacy-texts';
import { messagesTranslate, type Locale } from '../../helpers/messages-translate';

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

  it.each<Locale>(['en', 'ru', 'uk', 'fa'])('is shipped in %s, the language the options page links it in', (locale) => {
    const text = privacyText(locale);
    expect(text.lang).toBe(locale);
    expect(text.markdown).toBe(readFileSync(join(import.meta.dirname, `../../../../${locale === 'en' ? 'PRIVACY.md' : `PRIVACY.${locale}.md`}`), 'utf8'));
    const { container } = render(<PrivacyPage markdown={text.markdown} />);
    expect(container.querySelector('h1')?.textContent).toBe(messagesTranslate(locale)('privacy_title'));
    // Names and settings stay left to right inside right-to-left text.
    const codes = [...container.querySelectorAll('code')];
    expect(codes.map((code) => code.textContent)).toContain('storage.session');
    expect(codes.every((code) => code.getAttribute('dir') === 'ltr')).toBe(true);
  });

  it('falls back to English for a language without a translation', () => {
    expect(privacyText('de')).toEqual({ lang: 'en', markdown: PRIVACY });
  });

  it('renders markup in the text as text', () => {
    const { container } = render(<PrivacyPage markdown={'A <img src=x onerror=alert(1)> and `<b>code</b>`'} />);
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.querySelector('code')?.textContent).toBe('<b>code</b>');
  });
});
