// Known ISP and national block pages, recognised by the URL a blocked request is redirected to.
// Host names, ports and paths are public facts from OONI's block-page fingerprints, mostly Russian:
// every Russian redirect fingerprint, and the block-page hosts its body fingerprints name.
//
// A redirect URL is parsed and compared part by part, never searched as text: OONI's fingerprint
// "85.234.0.61" is a substring of "185.234.0.61", "vasexperts.ru" of any URL that mentions it.

interface BlockPage {
  /** Matches this host and its subdomains; an address matches only itself. */
  host: string;
  /**
   * Set where the fingerprint names a port (the address or host serves other things on others):
   * only URLs on that port count. Without it, any port does.
   */
  port?: number;
  /**
   * Set for hosts that also serve ordinary pages: only URLs starting with it (path and query, lower
   * case) count.
   */
  path?: string;
}

const BLOCK_PAGES: readonly BlockPage[] = [
  // Russia: national and large operators.
  { host: 'warning.rt.ru' },
  { host: 'block.rt.ru' },
  { host: 'block.ip.center.rt.ru' },
  { host: 'blocklist.rkn.gov.ru' },
  { host: 'blocked.mgts.ru' },
  { host: 'block.mgts.ru' },
  { host: 'block.kf.mgts.ru' },
  { host: 'fz139.ttk.ru' },
  { host: 'forbidden.yota.ru' },
  { host: 't2blocked.com' },
  { host: 'blocked.mts.ru' },
  { host: 'unblock.mts.ru' },
  { host: 'blackhole.beeline.ru' },
  { host: 'lawfilter.ertelecom.ru' },
  { host: 'blocked.akado.ru' },
  { host: 'blocked.netbynet.ru' },
  { host: 'blocked.ti.ru' },
  { host: 'blocked.tinkoff.ru' },
  { host: 'vk.com', path: '/blank.php?rkn=' },
  // Russia: regional operators.
  { host: 'alert.enicom.ru' },
  { host: 'ban.convex.ru' },
  { host: 'blackhole.insysnet.ru' },
  { host: 'blackhole.piter-telecom.ru' },
  { host: 'blacklist.miralogic.ru' },
  { host: 'blacklist.planeta.tc' },
  { host: 'blacklist.schelkovo-net.ru' },
  { host: 'block.ecotelecom.ru' },
  { host: 'block.intersat.ru' },
  { host: 'block.itnet33.ru' },
  { host: 'block.k-telecom.org' },
  { host: 'block.kamensktel.ru' },
  { host: 'block.kmtn.ru' },
  { host: 'block.kvant-telecom.ru' },
  { host: 'block.msk.avantel.ru' },
  { host: 'block.naukanet.ru' },
  { host: 'block.orionnet.ru' },
  { host: 'block.runnet.ru' },
  { host: 'block.sivash.net' },
  { host: 'block.strelatelecom.ru' },
  { host: 'block.tk-miran.ru' },
  { host: 'block.yaltanet.ru' },
  { host: 'blocked.as20764.net' },
  { host: 'blocked.inetvl.ru' },
  { host: 'blocked.kems.net' },
  { host: 'blocked.kvidex.ru' },
  { host: 'blocked.ugmk-telecom.ru' },
  { host: 'blocked.wiland.ru' },
  { host: 'blockpage.kmv.ru' },
  { host: 'denied.sochi-online.com' },
  { host: 'deny.cifra1.ru' },
  { host: 'erblock.crimea.com' },
  { host: 'erblock.feonet.net' },
  { host: 'forbidden.2kom.ru' },
  { host: 'forbidden.podryad.tv' },
  { host: 'law.filter.comfortel.pro' },
  { host: 'law.vms56.ru' },
  { host: 'noaccess.masterra.ru' },
  { host: 'notice.obit.ru' },
  { host: 'rknblock.tscrimea.com' },
  { host: 'rkn.pakt.ru' },
  { host: 'rublacklist.sevstar.net' },
  { host: 'site-blocked.ru' },
  { host: 'you-shall-not-pass.is74.ru' },
  { host: 'zapret-info.b2b.at-home.ru' },
  { host: 'zapret-info.tis-dialog.ru' },
  { host: 'zapret.2090000.ru' },
  { host: 'zapret.alestanet.ru' },
  { host: 'zapret.iks.ru' },
  { host: 'zapret.stacktelecom.ru' },
  { host: 'zapret.westcall.net' },
  { host: 'subblock.mts.ru' },
  { host: 't2rkn.com' },
  { host: 'rkn.ucanet.ru' },
  { host: 'rkn.clkon.net' },
  { host: 'zapret-info.prometey.me' },
  { host: 'missing.info-link.ru' },
  { host: 'm.megafonpro.ru' },
  { host: 'error.link-region.ru', port: 8099 },
  { host: '211.ru', path: '/149.html' },
  { host: 'arbuz.ru', path: '/zapret.htm' },
  { host: 'cacti.telincom.ru', path: '/blocked.html' },
  { host: 'dtel.ru', path: '/block.htm' },
  { host: 'hold.taiget.ru', path: '/block' },
  { host: 'kaspnet.ru', path: '/sites/default/files/0.html' },
  { host: 'maglan.ru', path: '/internet/blocked' },
  { host: 'mega.nn.ru', path: '/l7.html' },
  { host: 'megion.biz', path: '/block.html' },
  { host: 'metro-set.ru', path: '/zapret' },
  { host: 'miranda-media.ru', path: '/stop_rkn' },
  { host: 'redcom.ru', path: '/law/' },
  { host: 'redirects.tvhost.ru', path: '/ban/' },
  { host: 'rinet.ru', path: '/blocked/' },
  { host: 'skynet-kazan.com', path: '/_blocked.htm' },
  { host: 'sovatelecom.ru', path: '/zapret.html' },
  { host: 'stat.profintel.ru', path: '/block/blacklist/' },
  { host: 'sv-tel.ru', path: '/ban/' },
  { host: 'teleseti.com', path: '/zapret/' },
  { host: 'ufanet.ru', path: '/blocking.html' },
  { host: 'vsevnet.ru', path: '/zapr_site.html' },
  { host: 'sv-en.ru', path: '/block' },
  { host: 'lanta-net.ru', path: '/zapret/' },
  { host: 'akado-ural.ru', path: '/web/rkn/' },
  // The SKAT DPI's default redirect, to its vendor's site.
  { host: 'vasexperts.ru', path: '/test/blocked.php' },
  // Russia: operators that redirect to a bare address.
  { host: '62.112.121.68' },
  { host: '81.200.123.101' },
  { host: '89.223.47.135' },
  { host: '91.215.188.193' },
  { host: '95.131.176.27' },
  { host: '95.213.254.253' },
  { host: '109.197.24.2' },
  { host: '193.203.61.234' },
  { host: '217.169.82.130' },
  { host: '85.234.0.61' },
  { host: '77.121.14.5' },
  { host: '81.163.39.153', port: 8080 },
  { host: '195.94.233.66', path: '/?urlredir=' },
  { host: '89.185.75.227', path: '/451/' },
  { host: '185.36.60.2', path: '/blocked.html' },
  { host: '195.146.65.20', path: '/block.html' },
  // Other countries, where the page is clearly a legal block.
  { host: 'internet.mts.by', path: '/blocked/' },
  { host: 'a1.by', path: '/mininfo/' },
  { host: '82.209.230.23' },
  { host: 'blocked.triolan.com.ua' },
  { host: 'cdn.kyivstar.ua', path: '/sites/default/files/lock_sites/' },
  { host: 'bilgi.turktelekom.com.tr', path: '/guvenli_internet_uyari' },
  { host: 'reestr.mitc.uz' },
  { host: 'notice.cuii.info' },
  { host: 'blokuojama.lpt.lt' },
  { host: 'stop.rtk.lt' },
  { host: 'block-no.altibox.net' },
  { host: 'webstop.gamingcommission.be' },
  { host: 'redir.emta.ee', path: '/redirect/et/juurdepaas-blokeeritud' },
  { host: 'blockpage.bt.com' },
  { host: 'block.cf.sky.com' },
  { host: 'blocked.nb.sky.com' },
  { host: 'warning.or.kr' },
  { host: 'prohibit.ais-idc.com' },
  { host: 'internet-positif.org' },
  { host: 'internetpositif.uzone.id' },
  { host: 'mercusuar.uzone.id' },
  { host: 'lamanlabuh.aduankonten.id' },
  { host: 'trustpositif.kominfo.go.id' },
];

/**
 * The pages by host. Every redirect is checked against it, so it is looked up by the host and each
 * parent domain rather than scanned.
 */
const PAGES_BY_HOST = new Map<string, BlockPage[]>();
for (const page of BLOCK_PAGES) PAGES_BY_HOST.set(page.host, [...(PAGES_BY_HOST.get(page.host) ?? []), page]);

const DEFAULT_PORTS: Record<string, number> = { 'http:': 80, 'https:': 443 };

function isKnownPage(host: string, port: number, target: string): boolean {
  for (let suffix = host; ; suffix = suffix.slice(suffix.indexOf('.') + 1)) {
    const pages = PAGES_BY_HOST.get(suffix);
    if (pages?.some((page) => (page.port === undefined || page.port === port) && target.startsWith(page.path ?? ''))) {
      return true;
    }
    if (!suffix.includes('.')) return false;
  }
}

/** The URL's host when the URL is a known block page, else null. */
export function blockPageHost(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.replace(/\.$/, '');
  const port = parsed.port ? Number(parsed.port) : DEFAULT_PORTS[parsed.protocol]!;
  return isKnownPage(host, port, `${parsed.pathname}${parsed.search}`.toLowerCase()) ? host : null;
}
