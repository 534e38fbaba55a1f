// The hosting network an address looked up belongs to, and since when connections to it are cut
// when that is known. Rendered as text: the name comes from the list.
import type { HostingNetwork } from '@blocklens/vocabulary';
import { describeDate } from '../../lib/explain/describe-record';
import type { Translate } from '../../lib/explain/translate';

export function LookupNetwork({ network, t }: { network: HostingNetwork; t: Translate }) {
  const { name, range, since } = network;
  return (
    <p class="lookup-network" data-network={name} data-network-range={range} data-network-since={since}>
      {since ? t('lookup_network_cut', [name, range, describeDate(since, t)]) : t('lookup_network', [name, range])}
    </p>
  );
}
