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
  const { container } = render(<BlocklistFooter status={{ state: 'ready', info }} t={messagesTranslate('en')} />);
  expect(container.textContent).toBe('Blocklist: dump+citizenlab-sample, dated 2020-02-16');
});
