// The popup's reports line: read from the settings and the queue, and again when the settings change.
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings/settings';
import type { QueueAccess } from '../../shells/contracts/queue-access';
import type { SettingsStore } from '../../shells/contracts/settings-store';
import type { ReportsStatus } from './ReportsLine';

/** Null until read, and when the queue cannot be read: the line is then left out. */
export function useReportsStatus(settings: SettingsStore, queue: Pick<QueueAccess, 'list'>): ReportsStatus | null {
  const [status, setStatus] = useState<ReportsStatus | null>(null);
  useEffect(() => {
    let latestRead = 0;
    const read = async (current: Settings) => {
      const readNumber = ++latestRead;
      let next: ReportsStatus | null = { enabled: false };
      if (current.reports.enabled) next = await queue.list().then((reports) => ({ enabled: true, waiting: reports.length }), () => null);
      // Reads may finish out of order; only the newest one may show.
      if (readNumber === latestRead) setStatus(next);
    };
    const stop = settings.watch((current) => void read(current));
    settings.load().then(read, () => setStatus(null));
    return stop;
  }, [settings, queue]);
  return status;
}
