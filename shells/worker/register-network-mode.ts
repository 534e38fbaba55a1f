// Wires the network-wide watch (lib/network-mode): every response from the network is one Map update,
// and each finding that shows the handshake hang is weighed with the others. Both come through the
// findings' own listeners, added at start.
import { browser } from 'wxt/browser';
import { isHandshakeHang } from '../../lib/network-mode/handshake-hang';
import { NetworkWatch } from '../../lib/network-mode/network-watch';
import { browserSessionArea } from '../common/browser-session-area';
import type { WorkerFindings } from './register-findings';

export function registerNetworkMode(findings: WorkerFindings): void {
  const watch = new NetworkWatch(browserSessionArea(browser.storage.session));
  findings.onResponse((details) => {
    // A cached answer says nothing about the network now.
    if (!details.fromCache) watch.sawResponse(details.url);
  });
  findings.onExplained((finding) => {
    if (isHandshakeHang(finding)) void watch.sawHang(finding.host, finding.lastSeen);
  });
}
