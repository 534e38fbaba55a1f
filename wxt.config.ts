import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { compileBundledBlocklist } from './scripts/compile-bundled-blocklist';

// Permissions are justified one by one in the README; keep the two in step.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['webRequest', 'storage'],
    host_permissions: ['<all_urls>'],
    action: { default_title: '__MSG_extName__' },
  },
  hooks: {
    'build:publicAssets': async (wxt, files) => {
      const snapshotPath = await compileBundledBlocklist(wxt.config.root, wxt.config.wxtDir, wxt.logger);
      files.push({ absoluteSrc: snapshotPath, relativeDest: 'blocklist.bin' });
    },
  },
});
