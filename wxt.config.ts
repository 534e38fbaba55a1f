import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { compileBundledBlocklist } from './scripts/compile-bundled-blocklist';
import { listChannelFromEnv } from './scripts/list-channel-env';

// Extension pages and the worker load only their own files; nothing can be injected or framed.
// Connections: any web origin, because "check again" retries the failed site itself, which may be
// plain HTTP. What the person configures (collector, DNS-over-HTTPS resolver) is held to HTTPS, or
// plain HTTP on loopback for testing, in code: lib/settings/endpoint-url.ts.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "connect-src 'self' https: http:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// The add-on's identity on addons.mozilla.org. 140 is the first Firefox that reads
// data_collection_permissions; everything else used (MV3 event page, storage.session, webRequest)
// is older. Nothing is collected unless the person turns something on: reports send the failed
// site's domain (browsing activity), the browser and version (technical) and, if declared, a country
// (location); DNS-over-HTTPS lookups send a failed host's name (browsing activity): PRIVACY.md.
const GECKO_SETTINGS = {
  id: 'blocklens@blocklens.org',
  strict_min_version: '140.0',
  data_collection_permissions: {
    required: ['none'],
    optional: ['browsingActivity', 'technicalAndInteraction', 'locationInfo'],
  },
} as const;
/** The first Chrome with Ed25519 in WebCrypto, which checks list updates' signatures (Firefox has it from 129). */
const MINIMUM_CHROME_VERSION = '137';
/** The first Firefox for Android that reads data_collection_permissions. */
const GECKO_ANDROID_SETTINGS = { strict_min_version: '142.0' };

/** The toolbar sizes; every size the stores ask for is generated from assets/icon.svg. */
const ACTION_ICONS = { 16: 'icons/16.png', 32: 'icons/32.png' };

/** Checked at once: a channel or key the extension would refuse fails the build. */
const LIST_CHANNEL = listChannelFromEnv(process.env);

/** Where the build:before hook left the compiled list. */
let snapshotPath: string | undefined;

// Permissions are justified one by one in the README; keep the two in step.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  // Firefox too: one manifest shape, `action` and the event-page lifecycle the worker expects.
  manifestVersion: 3,
  autoIcons: { baseIconPath: 'assets/icon.svg', sizes: [128, 96, 48, 32, 16] },
  vite: () => ({
    plugins: [preact()],
    // The list channel this build follows once the person turns updates on (lists.md); without
    // LIST_CHANNEL_URL and LIST_PUBLIC_KEY the build has none and its options page says so.
    define: {
      __BLOCKLENS_LIST_CHANNEL_URL__: JSON.stringify(LIST_CHANNEL.channel),
      __BLOCKLENS_LIST_PUBLIC_KEY__: JSON.stringify(LIST_CHANNEL.publicKey),
    },
  }),
  // The sources zip addons.mozilla.org reviewers rebuild from: what the build reads and the README
  // that says how. Not tests, build output or the collector service (its package.json only, because
  // the lockfile names it as a workspace).
  zip: {
    excludeSources: ['**'],
    includeSources: [
      'package.json', 'package-lock.json', 'tsconfig.json', 'wxt.config.ts', 'README.md', 'PRIVACY.md',
      'PRIVACY.ru.md', 'PRIVACY.uk.md', 'PRIVACY.fa.md',
      'assets/**', 'blocklists/**', 'components/**', 'entrypoints/**', 'lib/**', 'packages/**', 'public/**',
      'scripts/**', 'shells/**', 'collector/package.json',
    ],
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Firefox lets extensions ask its resolver (dns.resolve); Chrome has no such permission.
    permissions: ['webRequest', 'storage', 'alarms', ...(browser === 'firefox' ? ['dns'] : [])],
    host_permissions: ['<all_urls>'],
    action: { default_title: '__MSG_extName__', default_icon: ACTION_ICONS },
    content_security_policy:
      manifestVersion === 3 ? { extension_pages: CONTENT_SECURITY_POLICY } : CONTENT_SECURITY_POLICY,
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: GECKO_SETTINGS, gecko_android: GECKO_ANDROID_SETTINGS } }
      : { minimum_chrome_version: MINIMUM_CHROME_VERSION }),
  }),
  hooks: {
    // Compiled before WXT empties the output folder: a list that fails leaves the last build intact.
    'build:before': async (wxt) => {
      snapshotPath = await compileBundledBlocklist(wxt.config.root, wxt.config.wxtDir, wxt.logger);
    },
    'build:publicAssets': (_wxt, files) => {
      if (snapshotPath) files.push({ absoluteSrc: snapshotPath, relativeDest: 'blocklist.bin' });
    },
  },
});
