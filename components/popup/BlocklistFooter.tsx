// Which list the explanations rest on, or why there is none.
import type { BlocklistStatus } from '../../lib/blocklist/owner/blocklist-status';
import { describeDate } from '../../lib/explain/describe-record';
import type { Translate } from '../../lib/explain/translate';
import { isListOutOfDate } from '../../lib/list-updates/list-age';

/** `now`: the clock the list's age is judged by. */
export function BlocklistFooter({ status, t, now = Date.now() }: { status: BlocklistStatus; t: Translate; now?: number }) {
  const old = status.state === 'ready' && isListOutOfDate(status.info.date, now);
  return (
    <footer class="popup-footer" data-list-state={status.state}>
      {status.state === 'ready' && (
        <p
          data-list-name={status.info.name}
          data-list-version={status.channelVersion === undefined ? 'bundled' : String(status.channelVersion)}
          data-list-date={status.info.date}
          data-list-out-of-date={old ? 'yes' : 'no'}
        >
          {t('popup_list_ready', [status.info.name, describeDate(status.info.date, t)])}
        </p>
      )}
      {old && <p class="list-out-of-date">{t('popup_list_out_of_date')}</p>}
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
