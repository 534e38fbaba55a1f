// What a report batch says about the sending extension: its version, the browser and its major version.
import type { ClientInfo } from '@blocklens/report-schema';
import { browser } from 'wxt/browser';

export function clientInfo(): ClientInfo {
  const isFirefox = import.meta.env.BROWSER === 'firefox';
  const major = navigator.userAgent.match(isFirefox ? /Firefox\/(\d+)/ : /Chrom(?:e|ium)\/(\d+)/)?.[1];
  return {
    version: browser.runtime.getManifest().version,
    browser: isFirefox ? 'firefox' : 'chrome',
    browserMajor: major ? Number(major) : 0,
  };
}
