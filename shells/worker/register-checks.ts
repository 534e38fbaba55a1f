// Wires the finding checks into the worker: address lookups after failures (DoH only when the
// person turned it on), the popup's "check again" and "look up address", and the browser's error
// names for the extension's own check requests. Registers every listener synchronously; the
// popup's requests reach the checks through the message router.
import { browser } from 'wxt/browser';
import { DohClient } from '../../lib/addresses/doh-client';
import { HostAddresses } from '../../lib/addresses/host-addresses';
import { systemResolver, type DnsApi } from '../../lib/addresses/system-resolver';
import { FindingChecks } from '../../lib/checks/finding-checks';
import { recheckHost } from '../../lib/checks/recheck-host';
import { RequestErrors } from '../../lib/checks/request-errors';
import { plainFetch } from '../common/plain-fetch';
import type { WorkerFindings } from './register-findings';
import type { SettingsSource } from './settings-source';

export function registerChecks(findings: WorkerFindings, settings: SettingsSource): FindingChecks {
  // Firefox has dns.resolve (with the "dns" permission); Chrome has nothing like it.
  const dns = (browser as unknown as { dns?: DnsApi }).dns;
  const addresses = new HostAddresses({
    memory: findings.addresses,
    system: dns ? systemResolver(dns) : null,
    doh: new DohClient({ fetch: plainFetch, now: Date.now }),
    dohChoice: async () => {
      const { doh } = await settings.current();
      return { enabled: doh.enabled, endpoint: { url: doh.resolver, format: doh.format } };
    },
  });
  const errors = new RequestErrors();
  const checks = new FindingChecks({
    recorder: findings.recorder,
    addresses,
    recheck: (urls) => recheckHost({ fetch: plainFetch, errors }, urls),
    now: Date.now,
  });

  findings.onExplained((finding, _previous, tabId) => checks.findingExplained(tabId, finding));
  // The extension's own requests belong to no tab; the findings' observers ignore them.
  browser.webRequest.onErrorOccurred.addListener(
    (details) => {
      if (details.tabId < 0 && errors.watching) errors.noted(details.url, details.error);
    },
    { urls: ['<all_urls>'] },
  );
  return checks;
}
