// The checks a finding can get after it was recorded: an address lookup, started by itself after a
// failure (only through resolvers the person allowed) or by the person's click, and "check again".
// Findings are recorded first and never wait for these; the results come back through the recorder.
import type { Finding } from '@blocklens/vocabulary';
import { lookupsOf, type HostAddresses, type LookupReason, type SourceAnswer } from '../addresses/host-addresses';
import { canBeLookedUp, wantsAutomaticLookup } from '../addresses/lookup-policy';
import type { FailureRecorder } from '../pipeline/failure-recorder';
import type { LookUpReply, RecheckReply } from './check-replies';
import type { RecheckResult } from './recheck-host';
import { recheckUrls } from './recheck-urls';

export interface FindingChecksDeps {
  recorder: Pick<FailureRecorder, 'finding' | 'addressLearned' | 'rechecked'>;
  addresses: HostAddresses;
  recheck: (urls: readonly string[]) => Promise<RecheckResult>;
  now: () => number;
}

export class FindingChecks {
  /** Automatic lookups under way, by tab and host, so a burst of failures asks once. */
  private readonly looking = new Set<string>();

  constructor(private readonly deps: FindingChecksDeps) {}

  /** Told after every explanation; returns at once, the lookup runs on its own. */
  findingExplained(tabId: number, finding: Finding): void {
    if (!wantsAutomaticLookup(finding)) return;
    const key = `${tabId} ${finding.host}`;
    if (this.looking.has(key)) return;
    this.looking.add(key);
    this.lookUpFor(tabId, finding.host, 'automatic')
      .catch((error: unknown) => console.error('Blocklens: could not look up an address', error))
      .finally(() => this.looking.delete(key));
  }

  /** The person asked: one lookup through every resolver available, DoH included. */
  async lookUp(tabId: number, host: string): Promise<LookUpReply> {
    if (!canBeLookedUp(host)) return { ok: false, reason: 'not-a-name' };
    if (!(await this.deps.recorder.finding(tabId, host))) return { ok: false, reason: 'gone' };
    return { ok: true, answers: await this.lookUpFor(tabId, host, 'asked') };
  }

  async recheck(tabId: number, host: string): Promise<RecheckReply> {
    const finding = await this.deps.recorder.finding(tabId, host);
    if (!finding) return { ok: false, reason: 'gone' };
    const recheck = { at: this.deps.now(), ...(await this.deps.recheck(recheckUrls(finding.url))) };
    const saved = await this.deps.recorder.rechecked(tabId, host, recheck);
    return saved ? { ok: true, recheck } : { ok: false, reason: 'gone' };
  }

  private async lookUpFor(tabId: number, host: string, reason: LookupReason): Promise<SourceAnswer[]> {
    if (!(await this.deps.addresses.canLookUp(reason))) return [];
    const answers = await this.deps.addresses.lookUp(host, reason);
    const lookups = lookupsOf(answers, this.deps.now());
    if (lookups.length > 0) await this.deps.recorder.addressLearned(tabId, host, lookups);
    return answers;
  }
}
