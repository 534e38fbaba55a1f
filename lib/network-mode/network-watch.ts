// The worker's watch over the network as a whole: the hosts that hung in the TLS handshake (from the
// tabs' findings) and the origins that answered, judged by judgeAllowList() and published for the
// popup. A response costs one Map update; storage is written only when a host first hangs or the
// verdict changes, never for a response that leaves the verdict as it was.
import { isSinkholeAnswer } from '../failures/sinkhole';
import { looksLikeAddress } from '../ip/ip-address';
import { hostOfUrl } from '../observe/host-of-url';
import type { SessionArea } from '../storage/session-area';
import { ALLOW_LIST_WINDOW_MS, judgeAllowList, MIN_HUNG_SITES, sitesSeen, type AllowListVerdict } from './allow-list-mode';
import { NETWORK_MODE_KEY, networkModeRecordFrom, type NetworkModeRecord } from './network-mode-record';

/** Origins remembered in memory; the oldest answer is forgotten first. */
const MAX_ORIGINS = 256;
/** Hangs and loads kept in storage for a restarted worker: enough for any verdict, small to write. */
const MAX_STORED = 32;

/** The origin of an http(s) URL as a plain prefix ("https://host:port"), found without parsing. */
function originOf(url: string): string {
  const end = url.indexOf('/', url.indexOf('//') + 2);
  return end < 0 ? url : url.slice(0, end);
}

/**
 * Whether an answer from `host` shows that the network reaches the internet: not this device, not an
 * address on the local network (a router's page, a development server) named directly.
 */
function reachesOut(host: string): boolean {
  if (host === 'localhost' || host.endsWith('.localhost')) return false;
  return !(looksLikeAddress(host) && isSinkholeAnswer(host));
}

/** The newest `count` entries of a map of times; of equal times, the one set last. */
function newest(times: ReadonlyMap<string, number>, count: number): [string, number][] {
  return [...times].reverse().sort((a, b) => b[1] - a[1]).slice(0, count);
}

export class NetworkWatch {
  /** Host → when it last hung. */
  private readonly hung = new Map<string, number>();
  /** Origin → when it last answered, oldest first. */
  private readonly answered = new Map<string, number>();
  private verdict: AllowListVerdict | null = null;
  /** Enough sites hung, but none loaded yet: the next answer is worth a judgement. */
  private awaitingLoad = false;
  /** Judgements and writes, one at a time, after what an earlier worker kept was read. */
  private queue: Promise<void>;

  constructor(
    private readonly area: SessionArea,
    private readonly now: () => number = Date.now,
  ) {
    this.queue = this.restore().catch(() => {});
  }

  /** A response came from the network (not from the cache) for `url`. */
  sawResponse(url: string): void {
    const origin = originOf(url);
    this.answered.delete(origin);
    this.answered.set(origin, this.now());
    if (this.answered.size > MAX_ORIGINS) this.answered.delete(this.answered.keys().next().value!);
    if (this.awaitingLoad) {
      this.awaitingLoad = false;
      void this.judge(false);
    }
  }

  /**
   * A host's finding shows the handshake hang, last seen at `at`. A host new to the window is kept
   * in storage; another hang of a known host (a page's many requests to it) is kept in memory only.
   */
  sawHang(host: string, at: number): Promise<void> {
    const known = this.hung.has(host);
    this.hung.set(host, Math.max(at, this.hung.get(host) ?? at));
    return this.judge(!known);
  }

  /** Resolves once every judgement asked for so far is made and written. */
  settled(): Promise<void> {
    return this.queue;
  }

  private async restore(): Promise<void> {
    const record = networkModeRecordFrom(await this.area.get(NETWORK_MODE_KEY));
    if (!record) return;
    for (const [host, at] of record.hung) this.hung.set(host, Math.max(at, this.hung.get(host) ?? at));
    for (const [origin, at] of record.loaded) if (!this.answered.has(origin)) this.answered.set(origin, at);
    this.verdict = record.allowList;
  }

  /** Judges again; writes storage when `persist` says so or the verdict (or its lapse) changed. */
  private judge(persist: boolean): Promise<void> {
    this.queue = this.queue
      .then(() => this.judgeNow(persist))
      .catch((error: unknown) => console.warn('Blocklens: could not keep the network mode', error));
    return this.queue;
  }

  private async judgeNow(persist: boolean): Promise<void> {
    const now = this.now();
    const since = now - ALLOW_LIST_WINDOW_MS;
    for (const [host, at] of this.hung) if (at < since) this.hung.delete(host);
    for (const [origin, at] of this.answered) if (at < since) this.answered.delete(origin);
    const loaded = new Map<string, number>();
    for (const [origin, at] of this.answered) {
      const host = hostOfUrl(origin);
      if (host !== null && reachesOut(host)) loaded.set(host, Math.max(at, loaded.get(host) ?? at));
    }
    const sightings = { hung: this.hung, loaded };
    const before = this.verdict;
    this.verdict = judgeAllowList(sightings, now);
    this.awaitingLoad = this.verdict === null && sitesSeen(sightings, now).hung.length >= MIN_HUNG_SITES;
    if (!persist && before?.until === this.verdict?.until) return;
    const record: NetworkModeRecord = {
      hung: newest(this.hung, MAX_STORED),
      loaded: newest(this.answered, MAX_STORED),
      allowList: this.verdict,
    };
    await this.area.set(NETWORK_MODE_KEY, record);
  }
}
