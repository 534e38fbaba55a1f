// The measurements behind http-cut and http-stall: servers that send the headers and ~16 KB of a
// larger body and then reset, close or go silent, over HTTP/1.1 (with a length or chunked) and over
// HTTP/2 with TLS; loaded as a main frame and as an image, a script and a fetch(). Both browsers'
// transfer-events tests load them with the event probe and print what webRequest reported.
import { TestAuthority } from '../../e2e-firefox/support/test-certificates';
import type { EventLog } from './event-probe';
import { eventLine } from './event-probe';
import { H2Site } from './h2-site';
import { HOSTS } from './hosts';
import { TestServer } from './test-server';
import { TransferCutter, type CutMode } from './transfer-cutter';

/** The test host every cut server answers for, and the one serving the page that embeds them. */
export const CUT_HOST = HOSTS.cut;
export const PAGE_HOST = HOSTS.pages;

const MODES: readonly CutMode[] = ['reset', 'close', 'silent'];

interface Scenario {
  /** "HTTP/1.1 length reset", "HTTP/2 silent", … */
  name: string;
  /** What a tab navigates to. */
  mainFrame: string;
  /** What a page asks for, by what it is to the browser. */
  subresources: Record<'image' | 'script' | 'fetch', string>;
  /** HTTP/2: the page that asks for the subresources on its own connection, and what it asks for a second later. */
  page?: string;
  later?: string;
}

export class TransferScenarios {
  private constructor(
    readonly scenarios: Scenario[],
    /** The HTTP/1.1 page that embeds every HTTP/1.1 scenario's subresources. */
    readonly embeddingPage: string,
    /** The HTTP/2 scenarios' own pages, which embed their subresources on the same connection. */
    readonly h2Pages: string[],
    /** The test authority's root, for Firefox to trust (Chromium is told to ignore certificate errors). */
    readonly rootBase64: string,
    private readonly stops: (() => Promise<void>)[],
    private readonly authority: TestAuthority,
  ) {}

  static async start(): Promise<TransferScenarios> {
    const scenarios: Scenario[] = [];
    const stops: (() => Promise<void>)[] = [];
    for (const then of MODES) {
      for (const chunked of [false, true]) {
        const server = (await TestServer.start(CUT_HOST.address)).set({ type: 'cut', then, chunked });
        stops.push(() => server.stop());
        const url = (path: string) => server.url(CUT_HOST.name, path);
        scenarios.push({
          name: `HTTP/1.1 ${chunked ? 'chunked' : 'length'} ${then}`,
          mainFrame: url('/page.html'),
          subresources: { image: url('/large.png'), script: url('/large.js'), fetch: url('/large.json') },
        });
      }
    }
    const authority = TestAuthority.create();
    const certificate = authority.issue(CUT_HOST.name, 'valid');
    const h2Pages: string[] = [];
    for (const mode of MODES) {
      const site = await H2Site.start(CUT_HOST.address, certificate);
      // One cutter (and so one connection) for the large page, one for the page with subresources.
      const frameCutter = await TransferCutter.start(CUT_HOST.address, site.port, mode);
      const pageCutter = await TransferCutter.start(CUT_HOST.address, site.port, mode);
      stops.push(() => frameCutter.stop(), () => pageCutter.stop(), () => site.stop());
      const url = (path: string) => `https://${CUT_HOST.name}:${pageCutter.port}${path}`;
      h2Pages.push(url('/page.html'));
      scenarios.push({
        name: `HTTP/2 ${mode}`,
        mainFrame: `https://${CUT_HOST.name}:${frameCutter.port}/large.html`,
        subresources: { image: url('/large.png'), script: url('/large.js'), fetch: url('/large.json') },
        page: url('/page.html'),
        later: url('/late.png'),
      });
    }
    const pages = await TestServer.start(PAGE_HOST.address);
    stops.push(() => pages.stop());
    const h1 = scenarios.filter((s) => s.name.startsWith('HTTP/1.1'));
    pages.page('/cuts', embeddingHtml(h1));
    return new TransferScenarios(
      scenarios,
      pages.url(PAGE_HOST.name, '/cuts'),
      h2Pages,
      authority.rootBase64,
      stops,
      authority,
    );
  }

  /** Every URL a tab is to open: each scenario's main frame, the embedding page, the HTTP/2 pages. */
  get tabs(): string[] {
    return [...this.scenarios.map((s) => s.mainFrame), this.embeddingPage, ...this.h2Pages];
  }

  /** One line per request of every scenario: what webRequest reported, in order, and when. */
  report(log: EventLog): string[] {
    return this.scenarios.flatMap((scenario) => {
      const urls: [string, string][] = [
        ['main_frame', scenario.mainFrame],
        ...Object.entries(scenario.subresources),
        ...(scenario.page ? [['page', scenario.page] as [string, string]] : []),
        ...(scenario.later ? [['later', scenario.later] as [string, string]] : []),
      ];
      return urls.flatMap(([what, url]) =>
        log.requestsTo(url).map((events) => `${scenario.name} | ${what} | ${eventLine(events)}`),
      );
    });
  }

  async stop(): Promise<void> {
    await Promise.all(this.stops.map((stop) => stop()));
    this.authority.dispose();
  }
}

/** A page that asks for each scenario's image, script and fetch() at once. */
function embeddingHtml(scenarios: readonly Scenario[]): string {
  const tags = scenarios.map((s) => `<img src="${s.subresources.image}"><script async src="${s.subresources.script}"></script>`);
  const fetches = scenarios.map((s) => `fetch(${JSON.stringify(s.subresources.fetch)}).then((r) => r.text()).catch(() => {});`);
  return `<!doctype html><title>cuts</title>${tags.join('')}<script>${fetches.join('\n')}</script>`;
}
