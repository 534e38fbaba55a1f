import { describe, expect, it } from 'vitest';
import { arrangeFindings } from '../../../lib/popup-model/arrange-findings';
import { finding } from '../helpers/finding';

const hosts = (list: { host: string }[]) => list.map((f) => f.host);

describe('arrangeFindings', () => {
  it('puts the main frame first, then the worst cause, then the most failures', () => {
    const { prominent } = arrangeFindings([
      finding({ host: 'suspected.example', cause: 'suspected', count: 50 }),
      finding({ host: 'listed-few.example', cause: 'listed', count: 2 }),
      finding({ host: 'page.example', cause: 'suspected', mainFrame: true, count: 1 }),
      finding({ host: 'listed-many.example', cause: 'listed', count: 9 }),
      finding({ host: 'collateral.example', cause: 'collateral', count: 100 }),
    ]);
    expect(hosts(prominent)).toEqual([
      'page.example',
      'listed-many.example',
      'listed-few.example',
      'collateral.example',
      'suspected.example',
    ]);
  });

  it('keeps the main frame prominent even when it is a site problem, and collapses other mild causes', () => {
    const { prominent, rest } = arrangeFindings([
      finding({ host: 'cdn.example', cause: 'site-problem', count: 3 }),
      finding({ host: 'ads.example', cause: 'local', count: 7 }),
      finding({ host: 'page.example', cause: 'site-problem', mainFrame: true }),
      finding({ host: 'odd.example', cause: 'unknown' }),
      finding({ host: 'listed.example', cause: 'listed' }),
    ]);
    expect(hosts(prominent)).toEqual(['page.example', 'listed.example']);
    expect(hosts(rest)).toEqual(['cdn.example', 'ads.example', 'odd.example']);
  });

  it('orders equal findings by host name and leaves its input alone', () => {
    const input = [finding({ host: 'b.example' }), finding({ host: 'a.example' })];
    expect(hosts(arrangeFindings(input).prominent)).toEqual(['a.example', 'b.example']);
    expect(hosts(input)).toEqual(['b.example', 'a.example']);
  });
});
