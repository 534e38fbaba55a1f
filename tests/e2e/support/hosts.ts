// The test hosts and the loopback addresses Chromium resolves them to. The list entries they
// depend on are in tests/fixtures/e2e-list/e2e-registry.csv (see the README beside it).

export interface TestHost {
  name: string;
  /** The address the resolver rules map the name to; null when the name must not resolve. */
  address: string | null;
}

export const HOSTS = {
  /** Unlisted; serves the pages that embed subresources. */
  pages: { name: 'pages.test', address: '127.0.0.1' },
  /** A real ISP block-page host (Rostelecom), answered locally. */
  blockPage: { name: 'warning.rt.ru', address: '127.0.0.1' },
  /** Listed by name. */
  listedReset: { name: 'listed-reset.test', address: '127.0.0.2' },
  unlisted451: { name: 'unlisted-451.test', address: '127.0.0.3' },
  /** Unlisted; redirects to the block-page host. */
  redirected: { name: 'redirected.test', address: '127.0.0.4' },
  unlisted503: { name: 'unlisted-503.test', address: '127.0.0.5' },
  /** Listed by name (with its address, as registry records usually are); embedded as an image. */
  listedSub: { name: 'listed-sub.test', address: '127.0.0.6' },
  /** Unlisted, but its address lies in the listed range 127.0.0.16/28. */
  collateral: { name: 'collateral.test', address: '127.0.0.20' },
  /** Listed by name; does not resolve. */
  nxdomainListed: { name: 'nxdomain-listed.test', address: null },
  // Reports never name `.test` hosts, so the report scenarios use made-up public names. A public
  // name that answers from loopback looks like a DNS sinkhole (unless the page itself came from a
  // loopback address): these only reset or do not resolve.
  /** Its parent `blocklens-e2e-reset.ru` is listed; reset. */
  reportReset: { name: 'www.blocklens-e2e-reset.ru', address: '127.0.0.7' },
  /** Listed by name; does not resolve. */
  reportDns: { name: 'blocklens-e2e-dns.ru', address: null },
  /** Under the listed `blocklens-e2e-dns.ru`; does not resolve. */
  reportDnsSub: { name: 'cdn.blocklens-e2e-dns.ru', address: null },
  // The address scenarios: made-up public names too, since only those are looked up by themselves.
  /** Unlisted; resets from its first request, so only DNS-over-HTTPS can tell its address, in 127.0.0.16/28. */
  firstVisit: { name: 'first-visit.blocklens-e2e-doh.ru', address: '127.0.0.21' },
  /** Does not resolve here; the DoH stub gives it a public address (DNS tampering). */
  tampered: { name: 'tampered.blocklens-e2e-doh.ru', address: null },
  /** The same for the look-up button, with DoH off. */
  tamperedAsked: { name: 'asked.blocklens-e2e-doh.ru', address: null },
  /** Does not resolve here, nor for the DoH stub (a dead domain). */
  deadName: { name: 'dead.blocklens-e2e-doh.ru', address: null },
  /** Unlisted; fails, then recovers, for "check again". */
  flaky: { name: 'flaky.test', address: '127.0.0.8' },
  // A public name that leads to a loopback address, as a development name in /etc/hosts or
  // split-horizon DNS does: its page loads from there, which is no sign of DNS tampering.
  /** Unlisted; serves a page that loads. */
  loopbackPage: { name: 'www.blocklens-e2e-loopback.ru', address: '127.0.0.44' },
  /** Unlisted; serves that page's images from another loopback address. */
  loopbackStatic: { name: 'static.blocklens-e2e-loopback.ru', address: '127.0.0.45' },
  // Transfers broken after the response started, as TSPU breaks them: the test list's networks name
  // 127.0.0.48/29 a cut hosting network (a stand-in for Cloudflare, since 2025-06-09) and
  // 127.0.0.56/29 one without a date ("Test Hosting"); 127.0.0.70 lies in neither.
  /** Unlisted; its transfers are reset after 16 KB. */
  cut: { name: 'cut.test', address: '127.0.0.49' },
  /** Unlisted; its transfers go silent after 16 KB. */
  frozen: { name: 'frozen.test', address: '127.0.0.50' },
  /** Unlisted; a small page that loads. */
  small: { name: 'small.test', address: '127.0.0.51' },
  /** Unlisted, on no network; its transfers are reset after 16 KB. */
  cutElsewhere: { name: 'cut-elsewhere.test', address: '127.0.0.70' },
  /** Unlisted, on the cut network; its QUIC datagrams are swallowed (quic-dropped.test.ts). */
  quic: { name: 'quic.test', address: '127.0.0.52' },
  /** Unlisted, on the cut network; an HTTP/2 site behind a front that cuts after 16 KB (interference-cut-h2.test.ts). */
  h2cut: { name: 'h2cut.test', address: '127.0.0.53' },
} as const satisfies Record<string, TestHost>;

/**
 * Unrelated, unlisted sites whose servers accept the connection and never answer the TLS handshake
 * (support/silent-server.ts), as every site off the list does on an allow-list network. In
 * 127.0.0.80-127.0.0.89.
 */
export const SILENT_HOSTS = {
  hangA: { name: 'hang-a.test', address: '127.0.0.80' },
  hangB: { name: 'hang-b.test', address: '127.0.0.81' },
  hangC: { name: 'hang-c.test', address: '127.0.0.82' },
  hangD: { name: 'hang-d.test', address: '127.0.0.83' },
  hangE: { name: 'hang-e.test', address: '127.0.0.84' },
} as const satisfies Record<string, TestHost>;

/** Chromium's --host-resolver-rules: every test host as above, and nothing else resolves. */
export function hostResolverRules(): string {
  const rules = [...Object.values(HOSTS), ...Object.values(SILENT_HOSTS)].map((host: TestHost) =>
    host.address === null ? `MAP ${host.name} ~NOTFOUND` : `MAP ${host.name} ${host.address}`,
  );
  // The collector the report scenarios run is reached by its address, which no rule may map away.
  return [...rules, 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ');
}
