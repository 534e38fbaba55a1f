// Which list the explanations rest on, or why there is none.
import type { BlocklistStatus } from '../../lib/blocklist/owner/blocklist-status';
import { describeDate } from '../../lib/explain/describe-record';
import type { Translate } from '../../lib/explain/translate';

export function BlocklistFooter({ status, t }: { status: BlocklistStatus; t: Translate }) {
  return (
    <footer class="popup-footer" data-list-state={status.state}>
      {status.state === 'ready' && (
        <p>{t('popup_list_ready', [status.info.name, describeDate(status.info.date, t)])}</p>
      )}
      {status.state === 'loading' && <p role="status">{t('popup_list_loading')}</p>}
      {status.state === 'failed' && (
        <div role="alert">
          <p class="list-failed-title tone-listed">{t('popup_list_failed')}</p>
          <p class="list-failed-message" dir="ltr">{status.message}</p>
          <p>{t('popup_list_failed_advice')}</p>
        </div>
      )}
    </footer>
  );
}
