// @vitest-environment happy-dom
import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Popup } from '../../../../components/popup/Popup';
import { pageDirection } from '../../../../components/shared/page-language';
import { isolateSubstitutions } from '../../../../lib/explain/isolate-substitutions';
import { messagesTranslate } from '../../helpers/messages-translate';
import { collateralPart, listedPage, readyState, suspectedPart } from '../popup-fixtures';

const t = isolateSubstitutions(messagesTranslate('fa'));

beforeEach(() => {
  document.documentElement.dir = pageDirection(t);
});

afterEach(() => {
  cleanup();
  document.documentElement.removeAttribute('dir');
});

/** The element's text when it is laid out left to right on its own (`dir` on an element isolates it). */
function ltrIsolate(element: Element | null): string | null {
  return element?.getAttribute('dir') === 'ltr' ? element.textContent : null;
}

describe('the popup in Persian', () => {
  it('lays the page out right to left', () => {
    expect(document.documentElement.dir).toBe('rtl');
  });

  it('keeps the page host and every finding host left to right', () => {
    const { container } = render(<Popup state={readyState([listedPage, collateralPart])} t={t} />);
    expect(ltrIsolate(container.querySelector('.popup-host'))).toBe('telegram.org');
    for (const host of ['telegram.org', 'api.game.example']) {
      const card = container.querySelector(`[data-host="${host}"]`)!;
      expect(ltrIsolate(card.querySelector('.finding-host > bdi'))).toBe(host);
    }
  });

  it('sets the host inside the Persian headline apart in an isolate', () => {
    const { container } = render(<Popup state={readyState([listedPage])} t={t} />);
    const headline = container.querySelector('[data-verdict]')!.textContent!;
    expect(headline).toContain('\u2068telegram.org\u2069');
    expect(headline).toMatch(/[\u0600-\u06FF]/);
  });

  it('keeps list entries, addresses in ranges, errors, redirects and URLs left to right in the evidence', () => {
    const { container } = render(<Popup state={readyState([collateralPart, suspectedPart])} t={t} />);
    const collateral = container.querySelector<HTMLElement>('[data-host="api.game.example"]')!;
    fireEvent.click(within(collateral).getByText(t('popup_evidence_title')));
    const suspected = container.querySelector<HTMLElement>('[data-host="news.example"]')!;
    fireEvent.click(within(suspected).getByText(t('popup_evidence_title')));
    const isolated = [...container.querySelectorAll('.evidence-row dd > *')].map(ltrIsolate).filter(Boolean);
    expect(isolated).toEqual(
      expect.arrayContaining([
        '35.192.0.0/12',
        'net::ERR_CONNECTION_TIMED_OUT',
        'https://api.game.example/v1/session',
        'warning.rt.ru',
        'http://news.example/story',
      ]),
    );
  });
});
