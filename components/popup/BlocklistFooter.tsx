// Which list the explanations rest on, or why there is none; with a ready list, a link to look a site
// up in it (the page's own host, when there is one).
import type { BlocklistStatus } from '../../lib/blocklist/owner/blocklist-status';
import { describeDate } from '../../lib/explain/describe-record';
import type { Translate } from '../../lib/explain/translate';
import { isListOutOfDate } from '../../lib/list-updates/list-age';

export interface BlocklistFooterProps {
  status: BlocklistStatus;
  t: Translate;
  /** The tab's host, looked up at once when the lookup page opens. */
  pageHost?: string;
  /** The clock the list's age is judged by. */
  now?: number;
}

export function BlocklistFooter({ status, t, pageHost, now = Date.now() }: BlocklistFooterProps) {
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
      {status.state === 'ready' && (
        <p class="popup-lookup">
          <a href={pageHost ? `/lookup.html?q=${encodeURIComponent(pageHost)}` : '/lookup.html'} target="_blank" rel="noopener">
            {t('lookup_link')}
          </a>
        </p>
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
