// Says that the tab had more failing hosts than it keeps: they are counted, not shown.
import type { Translate } from '../../lib/explain/translate';
import type { DroppedFailures } from '../../lib/findings/tab-findings';

export function DroppedNote({ dropped, t }: { dropped: DroppedFailures; t: Translate }) {
  return (
    <p class="dropped-note" data-dropped-hosts={dropped.hosts} data-dropped-requests={dropped.requests}>
      {t('popup_dropped', [String(dropped.hosts), String(dropped.requests)])}
    </p>
  );
}
