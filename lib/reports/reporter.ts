// The worker's side of reports: queue a report when a finding is new or changes its conclusion, send
// the queue when it is due, and empty it when the person turns reporting off.
import type { ClientInfo } from '@blocklens/report-schema';
import type { Finding } from '@blocklens/vocabulary';
import type { Settings } from '../settings/settings';
import { reportFromFinding } from './build-report';
import type { ReportQueue } from './report-queue';
import { sendQueued, type SendResult } from './send-reports';

/** How soon after a new report the queue is sent (Chrome's shortest alarm for packed extensions). */
export const SEND_SOON_MS = 30_000;

export interface ReporterDeps {
  settings: () => Promise<Settings>;
  /** Opens the queue; called only once reporting is on. */
  queue: () => Promise<ReportQueue>;
  fetch: typeof fetch;
  client: () => ClientInfo;
  now: () => number;
  random: () => number;
  newId: () => string;
  /** Asks to be run (`send`) at that time; a later call replaces an earlier one. */
  schedule: (at: number) => void;
  unschedule: () => void;
}

export class Reporter {
  constructor(private readonly deps: ReporterDeps) {}

  /** `previous` is the host's finding before this failure, if it had one on this tab. */
  async findingExplained(finding: Finding, previous: Finding | undefined): Promise<void> {
    if (previous && previous.cause === finding.cause && previous.kind === finding.kind) return;
    const { reports } = await this.deps.settings();
    if (!reports.enabled) return;
    const report = reportFromFinding(finding, {
      now: this.deps.now(),
      country: reports.country,
      newId: this.deps.newId,
    });
    if (report === null) return;
    await (await this.deps.queue()).add(report);
    this.deps.schedule(this.deps.now() + SEND_SOON_MS);
  }

  /** Sends what is due (everything when `force`: the person pressed "send now"). */
  async send(force: boolean): Promise<SendResult | null> {
    const { reports } = await this.deps.settings();
    if (!reports.enabled) return null;
    const result = await sendQueued({
      queue: await this.deps.queue(),
      fetch: this.deps.fetch,
      collectorUrl: reports.collectorUrl,
      client: this.deps.client(),
      now: this.deps.now,
      random: this.deps.random,
      force,
    });
    if (result.nextAttemptAt !== null) this.deps.schedule(result.nextAttemptAt);
    return result;
  }

  async reportingTurnedOff(): Promise<void> {
    this.deps.unschedule();
    await (await this.deps.queue()).deleteAll();
  }
}
