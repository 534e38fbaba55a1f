// @vitest-environment happy-dom
import { cleanup, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '../../../../components/popup/Popup';
import { messagesTranslate, type Locale } from '../../helpers/messages-translate';
import { listedPage, readyState } from '../popup-fixtures';

afterEach(cleanup);

describe.each<Locale>(['en', 'ru', 'uk', 'fa'])('the allow-list notice in %s', (locale) => {
  const t = messagesTranslate(locale);

  it('stands above the verdict and the findings, as a region named by its first line', () => {
    const view = render(<Popup state={{ ...readyState([listedPage]), networkMode: 'allow-list' }} t={t} />);
    const notice = view.container.querySelector<HTMLElement>('[data-network-mode]')!;
    expect(notice.dataset.networkMode).toBe('allow-list');
    const region = view.getByRole('region', { name: t('popup_network_allow_list_title') });
    expect(region).toBe(notice);
    for (const key of ['popup_network_allow_list_body', 'popup_network_allow_list_help']) {
      expect(within(notice).getByText(t(key))).toBeTruthy();
    }
    const verdict = view.container.querySelector('[data-verdict]')!;
    const card = view.container.querySelector('[data-host]')!;
    expect(notice.compareDocumentPosition(verdict) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(notice.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('is absent while the network shows no sign of an allow list', () => {
    const view = render(<Popup state={readyState([listedPage])} t={t} />);
    expect(view.container.querySelector('[data-network-mode]')).toBeNull();
  });
});

it('renders its sentences as text, never as markup', () => {
  const t = (key: string) => (key === 'popup_network_allow_list_body' ? '<img src=x onerror=alert(1)>' : key);
  const view = render(<Popup state={{ ...readyState([]), networkMode: 'allow-list' }} t={t} />);
  const notice = view.container.querySelector('[data-network-mode]')!;
  expect(notice.querySelector('img')).toBeNull();
  expect(notice.textContent).toContain('<img src=x onerror=alert(1)>');
});
