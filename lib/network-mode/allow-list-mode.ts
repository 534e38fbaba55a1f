// Whether the network looks restricted to an allow list: many unrelated sites hang in the TLS
// handshake within a few minutes while some other site still loads. One site down, or one site's
// many hosts, is one site; a network that is down loads nothing. The thresholds and what they rest
// on are in the README ("Allow-list networks").
import { siteOfHost } from './site-of-host';

/** How far back hangs and loads count: a few page visits, long after the browser's 30 s handshake timeout. */
export const ALLOW_LIST_WINDOW_MS = 5 * 60_000;
/** Distinct sites that must hang within the window. */
export const MIN_HUNG_SITES = 4;

/** When each host was last seen hanging, and when each last loaded (ms since the epoch). */
export interface HostSightings {
  hung: ReadonlyMap<string, number>;
  loaded: ReadonlyMap<string, number>;
}

export interface AllowListVerdict {
  /** The sites that hung, and the sites that loaded, within the window: the evidence. */
  hungSites: string[];
  loadedSites: string[];
  /** When the verdict lapses unless more hangs and loads come: the window past its oldest needed sighting. */
  until: number;
}

/** Each site's latest sighting within the window. */
function latestBySite(sightings: ReadonlyMap<string, number>, since: number, now: number): Map<string, number> {
  const sites = new Map<string, number>();
  for (const [host, at] of sightings) {
    if (at < since || at > now) continue;
    const site = siteOfHost(host);
    if (at > (sites.get(site) ?? -Infinity)) sites.set(site, at);
  }
  return sites;
}

/** The sites that hung and the sites that loaded within the window, each with its latest time. */
export interface SitesSeen {
  hung: [site: string, at: number][];
  loaded: [site: string, at: number][];
}

/**
 * Sites seen within the window before `now`. A site that both hung and loaded counts by what it did
 * last: a site that loads is not shut out, and one that stopped loading is.
 */
export function sitesSeen({ hung, loaded }: HostSightings, now: number): SitesSeen {
  const since = now - ALLOW_LIST_WINDOW_MS;
  const lastHung = latestBySite(hung, since, now);
  const lastLoaded = latestBySite(loaded, since, now);
  return {
    hung: [...lastHung].filter(([site, at]) => at > (lastLoaded.get(site) ?? -Infinity)),
    loaded: [...lastLoaded].filter(([site, at]) => at >= (lastHung.get(site) ?? -Infinity)),
  };
}

/** The verdict at `now`, or null when the sightings do not show an allow list. */
export function judgeAllowList(sightings: HostSightings, now: number): AllowListVerdict | null {
  const { hung, loaded } = sitesSeen(sightings, now);
  if (hung.length < MIN_HUNG_SITES || loaded.length === 0) return null;
  // The newest MIN_HUNG_SITES hangs and the newest load keep the verdict standing.
  const neededHang = hung.map(([, at]) => at).sort((a, b) => b - a)[MIN_HUNG_SITES - 1]!;
  const newestLoad = Math.max(...loaded.map(([, at]) => at));
  return {
    hungSites: hung.map(([site]) => site).sort(),
    loadedSites: loaded.map(([site]) => site).sort(),
    until: Math.min(neededHang, newestLoad) + ALLOW_LIST_WINDOW_MS,
  };
}
