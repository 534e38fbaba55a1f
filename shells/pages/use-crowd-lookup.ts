// The popup's crowd lookup, present only while crowd counts are on and a collector is set. Its code
// (with the suffix list) loads only then, so the popup paints without it.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CrowdLookup } from '../../lib/crowd/crowd-lookup';
import type { Settings } from '../../lib/settings/settings';
import { browserSessionArea } from '../common/browser-session-area';
import { plainFetch } from '../common/plain-fetch';
import { browserSettingsStore } from './browser-settings-store';

async function lookupFor({ crowd, reports }: Settings): Promise<CrowdLookup | null> {
  if (!crowd.enabled || reports.collectorUrl === '') return null;
  const [{ crowdLookup }, { CrowdCache }] = await Promise.all([
    import('../../lib/crowd/crowd-lookup'),
    import('../../lib/crowd/crowd-cache'),
  ]);
  return crowdLookup({
    collectorUrl: reports.collectorUrl,
    fetch: plainFetch,
    cache: new CrowdCache(browserSessionArea(browser.storage.session), Date.now),
  });
}

export function useCrowdLookup(): CrowdLookup | null {
  const [lookup, setLookup] = useState<CrowdLookup | null>(null);
  useEffect(() => {
    let latestRead = 0;
    const follow = async (settings: Settings) => {
      const readNumber = ++latestRead;
      const next = await lookupFor(settings).catch(() => null);
      // Reads may finish out of order; only the newest one may show. (A function is stored as is,
      // not called as an updater.)
      if (readNumber === latestRead) setLookup(() => next);
    };
    const stop = browserSettingsStore.watch((settings) => void follow(settings));
    browserSettingsStore.load().then(follow, () => {});
    return stop;
  }, []);
  return lookup;
}
