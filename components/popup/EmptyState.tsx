// What the popup says when the tab has no failed requests, and why it may have missed some.
import type { Translate } from '../../lib/explain/translate';

export function EmptyState({ t }: { t: Translate }) {
  return (
    <section class="empty-state">
      <p>{t('popup_empty_watches')}</p>
      <p>{t('popup_empty_since')}</p>
    </section>
  );
}
