// Which list the explanations rest on, or why there is none; with a ready list, a link to look a site
// up in it (the page's own host, when there is one).
import type { BlocklistStatus } from '../../lib/blocklist/owner/blocklist-status';
import { describeDate } from '../../lib/explain/describe-record';
import type { Translate } from '../../lib/explain/translate';

export interface BlocklistFooterProps {
  status: BlocklistStatus;
  t: Translate;
  /** The tab's host, looked up at once when the lookup page opens. */
  pageHost?: string;
}

export function BlocklistFooter({ status, t, pageHost }: BlocklistFooterProps) {
  return (
    <footer class="popup-footer" data-list-state={status.state}>
      {status.state === 'ready' && (
        <p>{t('popup_list_ready', [status.info.name, describeDate(status.info.date, t)])}</p>
      )}
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
