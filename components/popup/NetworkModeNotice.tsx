// The notice above a tab's findings when the network as a whole looks restricted to an allow list:
// then the sites are not to blame, the operator is. Carries the `data-network-mode` marker.
import type { Translate } from '../../lib/explain/translate';
import type { NetworkMode } from '../../lib/network-mode/network-mode-record';

export function NetworkModeNotice({ mode, t }: { mode: NetworkMode; t: Translate }) {
  if (mode !== 'allow-list') return null;
  return (
    <section class="network-notice tone-collateral" data-network-mode={mode} aria-labelledby="network-notice-title">
      <p id="network-notice-title" class="network-notice-title">
        {t('popup_network_allow_list_title')}
      </p>
      <p>{t('popup_network_allow_list_body')}</p>
      <p>{t('popup_network_allow_list_help')}</p>
    </section>
  );
}
