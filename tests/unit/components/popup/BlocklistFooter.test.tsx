// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { BlocklistFooter } from '../../../../components/popup/BlocklistFooter';
import { compileSources } from '../../../../lib/blocklist/compile/compile-sources';
import { loadSnapshot } from '../../../../lib/blocklist/lookup/load-snapshot';
import { parseSourceSpecs } from '../../../../lib/blocklist/sources/read-sources';
import { messagesTranslate } from '../../helpers/messages-translate';

afterEach(cleanup);

it("shows the registry's own date when a Citizen Lab list with newer entries is built in", async () => {
  const fixtures = join(import.meta.dirname, '../../../fixtures/lists');
  const compiled = await compileSources(parseSourceSpecs('rkn:split/dump-00.csv,citizenlab:citizenlab-sample.csv', fixtures));
  const info = loadSnapshot(compiled.bytes.slice().buffer).info;
  const { container } = render(<BlocklistFooter status={{ state: 'ready', info }} t={messagesTranslate('en')} now={Date.parse('2020-02-20')} />);
  expect(container.querySelector('[data-list-name]')!.textContent).toBe('Blocklist: dump+citizenlab-sample, dated 2020-02-16');
});

it('links to the lookup page, with the tab\'s host looked up at once, only while a list is ready', () => {
  const t = messagesTranslate('en');
  const info = { name: 'ru-registry', date: '2026-11-20', lists: [], built: '', counts: { domains: 0, wildcards: 0, urls: 0, ipv4: 0, ipv6: 0, records: 0, networks: 0 } };
  const { getByText, rerender, container } = render(<BlocklistFooter status={{ state: 'ready', info }} t={t} pageHost="www.rutracker.org" />);
  expect(getByText(t('lookup_link')).getAttribute('href')).toBe('/lookup.html?q=www.rutracker.org');
  rerender(<BlocklistFooter status={{ state: 'ready', info }} t={t} />);
  expect(getByText(t('lookup_link')).getAttribute('href')).toBe('/lookup.html');
  rerender(<BlocklistFooter status={{ state: 'failed', message: 'bad checksum' }} t={t} />);
  expect(container.querySelector('a')).toBeNull();
});

it('marks the list in use, and says when it is more than 14 days old', async () => {
  const t = messagesTranslate('en');
  const info = { name: 'live', date: '2026-11-01', lists: [], built: '2026-11-01T06:00:00.000Z', counts: { domains: 1, wildcards: 0, urls: 0, ipv4: 0, ipv6: 0, records: 1, networks: 0 } };
  const fresh = render(<BlocklistFooter status={{ state: 'ready', info, channelVersion: 7 }} t={t} now={Date.parse('2026-11-10')} />);
  const marker = fresh.container.querySelector('[data-list-name]') as HTMLElement;
  expect({ ...marker.dataset }).toEqual({ listName: 'live', listVersion: '7', listDate: '2026-11-01', listOutOfDate: 'no' });
  expect(fresh.container.textContent).not.toContain(t('popup_list_out_of_date'));
  cleanup();
  const old = render(<BlocklistFooter status={{ state: 'ready', info }} t={t} now={Date.parse('2026-11-16')} />);
  expect((old.container.querySelector('[data-list-version]') as HTMLElement).dataset.listVersion).toBe('bundled');
  expect(old.container.textContent).toContain(t('popup_list_out_of_date'));
});
