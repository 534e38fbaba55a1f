import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { compileBundledBlocklist } from './scripts/compile-bundled-blocklist';

// Extension pages and the worker load only their own files; nothing can be injected or framed.
// Connections: the person's collector over HTTPS, or plain HTTP on loopback for testing
// (lib/reports/collector-url.ts allows exactly these).
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:* http://[::1]:*",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Where the build:before hook left the compiled list. */
let snapshotPath: string | undefined;

// Permissions are justified one by one in the README; keep the two in step.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['webRequest', 'storage', 'alarms'],
    host_permissions: ['<all_urls>'],
    action: { default_title: '__MSG_extName__' },
    content_security_policy:
      manifestVersion === 3 ? { extension_pages: CONTENT_SECURITY_POLICY } : CONTENT_SECURITY_POLICY,
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
