// @vitest-environment happy-dom
import { makeReport } from '@blocklens/report-schema/testing';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../../components/popup/Popup';
import { useReportsStatus } from '../../../../components/popup/use-reports-status';
import type { Translate } from '../../../../lib/explain/translate';
import type { QueueAccess } from '../../../../shells/contracts/queue-access';
import type { SettingsStore } from '../../../../shells/contracts/settings-store';
import { messagesTranslate, type Locale } from '../../helpers/messages-translate';
import { listedPage, readyState } from '../popup-fixtures';
import { harness, REPORTS_ON } from '../reports/report-page-harness';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

interface HostProps {
  settings: SettingsStore;
  queue: QueueAccess;
  openOptions: () => void;
  t: Translate;
}

function PopupWithReports({ settings, queue, openOptions, t }: HostProps) {
  return <Popup state={readyState([listedPage])} t={t} reports={{ status: useReportsStatus(settings, queue), openOptions }} />;
}

async function open(locale: Locale) {
  const h = await harness();
  const t = messagesTranslate(locale);
  let opened = 0;
  const view = render(<PopupWithReports settings={h.services.settings} queue={h.queue} openOptions={() => void opened++} t={t} />);
  const line = () => view.container.querySelector<HTMLElement>('[data-reports]');
  return { ...h, ...view, t, line, opened: () => opened };
}

describe.each<Locale>(['en', 'ru', 'uk', 'fa'])('the popup reports line in %s', (locale) => {
  it('says reports are off by default, and opens the settings when pressed', async () => {
    const { t, line, opened } = await open(locale);
    await waitFor(() => expect(line()?.textContent).toBe(t('popup_reports_off')));
    fireEvent.click(line()!.querySelector('button')!);
    expect(opened()).toBe(1);
  });

  it('counts the reports waiting once reports are on, following the settings', async () => {
    const { t, line, store, queue } = await open(locale);
    await waitFor(() => expect(line()?.dataset.reports).toBe('off'));
    await queue.add(makeReport({ domain: 'a.ru' }));
    await queue.add(makeReport({ domain: 'b.ru' }));
    await store(REPORTS_ON);
    await waitFor(() => expect(line()?.textContent).toBe(t('popup_reports_on', ['2'])));
    expect(line()?.dataset.reports).toBe('on');
  });
});
