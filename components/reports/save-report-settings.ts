// Applies the person's choice about reports. Turning them off empties the queue at once from the
// page; the worker does the same when it sees the change, and both are harmless twice.
import type { Settings } from '../../lib/settings/settings';
import type { ReportPageServices } from '../../shells/contracts/report-page-services';

export async function saveReportSettings(
  services: Pick<ReportPageServices, 'settings' | 'queue'>,
  reports: Settings['reports'],
): Promise<Settings> {
  const saved = await services.settings.update((current) => ({ ...current, reports }));
  if (!saved.reports.enabled) await services.queue.deleteAll();
  return saved;
}
