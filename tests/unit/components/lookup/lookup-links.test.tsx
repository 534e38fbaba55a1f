// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { OptionsPage } from '../../../../components/options/OptionsPage';
import { messagesTranslate } from '../../helpers/messages-translate';
import { harness } from '../reports/report-page-harness';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

it('the options page links to the lookup page, in a tab of its own', async () => {
  const h = await harness();
  const t = messagesTranslate('en');
  const { findByText } = render(<OptionsPage services={h.services} t={t} />);
  const link = await findByText(t('lookup_link'));
  expect(link.getAttribute('href')).toBe('/lookup.html');
  expect(link.getAttribute('target')).toBe('_blank');
});
