import { describe, expect, it } from 'vitest';
import { summarisePage } from '../../../lib/popup-model/page-summary';
import { finding } from '../helpers/finding';

describe('summarisePage', () => {
  it('is clear without findings', () => {
    expect(summarisePage([])).toEqual({ verdict: 'none', headline: { scope: 'clear' } });
  });

  it('takes the verdict from the main frame only', () => {
    const summary = summarisePage([
      finding({ host: 'tracker.example', cause: 'listed' }),
      finding({ host: 'page.example', cause: 'site-problem', mainFrame: true }),
    ]);
    expect(summary).toEqual({
      verdict: 'site-problem',
      headline: { scope: 'page', cause: 'site-problem', host: 'page.example' },
    });
  });

  it('names the worst main-frame host when a redirect chain failed on several', () => {
    const summary = summarisePage([
      finding({ host: 'example.org', cause: 'suspected', mainFrame: true, count: 4 }),
      finding({ host: 'www.example.org', cause: 'listed', mainFrame: true, count: 1 }),
      finding({ host: 'other.example.org', cause: 'listed', mainFrame: true, count: 3 }),
    ]);
    expect(summary.verdict).toBe('listed');
    expect(summary.headline).toEqual({ scope: 'page', cause: 'listed', host: 'other.example.org' });
  });

  it('names the parent domain when the page host is listed only through its exact entry', () => {
    const parentEntry = {
      type: 'list-domain' as const,
      entry: 'telegram.org',
      list: 'ru-registry',
      authority: 'Роскомнадзор',
      decision: '2-1779/2018',
      date: '2018-04-13',
    };
    const viaParent = finding({ host: 'web.telegram.org', mainFrame: true, confidence: 'medium', evidence: [parentEntry] });
    expect(summarisePage([viaParent]).headline).toEqual({
      scope: 'page',
      cause: 'listed',
      host: 'web.telegram.org',
      parent: 'telegram.org',
    });
    const itself = finding({ host: 'telegram.org', mainFrame: true, evidence: [parentEntry] });
    expect(summarisePage([itself]).headline).toEqual({ scope: 'page', cause: 'listed', host: 'telegram.org' });
  });

  it('reports the worst part when only subresources failed', () => {
    const summary = summarisePage([
      finding({ host: 'cdn.example', cause: 'site-problem' }),
      finding({ host: 'api.example', cause: 'collateral' }),
    ]);
    expect(summary).toEqual({ verdict: 'none', headline: { scope: 'parts', cause: 'collateral' } });
  });

  // Issue 15: pages half-load when the network their parts are hosted on is cut.
  describe('on a hosting network cut as a whole', () => {
    const network = (name: string) => ({ type: 'network' as const, name, range: '104.16.0.0/13', since: '2025-06-09' });
    const cutOn = (host: string, name: string, mainFrame = false) =>
      finding({ host, mainFrame, kind: 'http-cut', cause: 'collateral', mechanism: 'throttle', evidence: [network(name)] });

    it('names the network of the page itself', () => {
      expect(summarisePage([cutOn('shop.example', 'Cloudflare', true)]).headline).toEqual({
        scope: 'page',
        cause: 'collateral',
        host: 'shop.example',
        network: 'Cloudflare',
      });
    });

    it('names the network of the parts when it explains all of the worst ones', () => {
      const parts = [cutOn('cdn.example', 'Cloudflare'), cutOn('img.example', 'Cloudflare'), finding({ host: 'x.example', cause: 'unknown' })];
      expect(summarisePage(parts).headline).toEqual({ scope: 'parts', cause: 'collateral', network: 'Cloudflare' });
    });

    it('names no network when the parts are cut on several, or also by a listed address', () => {
      const two = [cutOn('cdn.example', 'Cloudflare'), cutOn('img.example', 'Hetzner')];
      expect(summarisePage(two).headline).toEqual({ scope: 'parts', cause: 'collateral' });
      const mixed = [cutOn('cdn.example', 'Cloudflare'), finding({ host: 'api.example', cause: 'collateral', mechanism: 'ip' })];
      expect(summarisePage(mixed).headline).toEqual({ scope: 'parts', cause: 'collateral' });
    });
  });
});
