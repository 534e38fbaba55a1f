// Whether reports are on, and how many wait, as a link to the settings where they can be changed.
import type { Translate } from '../../lib/explain/translate';

export type ReportsStatus = { enabled: false } | { enabled: true; waiting: number };

export interface ReportsLineProps {
  status: ReportsStatus;
  openOptions: () => void;
  t: Translate;
}

export function ReportsLine({ status, openOptions, t }: ReportsLineProps) {
  return (
    <div class="popup-reports" data-reports={status.enabled ? 'on' : 'off'}>
      <button type="button" class="popup-reports-link" onClick={openOptions}>
        {status.enabled ? t('popup_reports_on', [String(status.waiting)]) : t('popup_reports_off')}
      </button>
    </div>
  );
}
