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

  it('reports the worst part when only subresources failed', () => {
    const summary = summarisePage([
      finding({ host: 'cdn.example', cause: 'site-problem' }),
      finding({ host: 'api.example', cause: 'collateral' }),
    ]);
    expect(summary).toEqual({ verdict: 'none', headline: { scope: 'parts', cause: 'collateral' } });
  });
});
