// Wires list updates into the worker (lists.md): nothing is fetched while they are off; when on, a
// check at once, then about every 6 hours (an alarm) and at browser start; "check now" and "return
// to the bundled list" arrive through the message router.
import { browser } from 'wxt/browser';
import type { BlocklistOwner, StoredBlocklist } from '../../lib/blocklist/owner/blocklist-owner';
import { openListStore, type IndexedListStore } from '../../lib/list-updates/list-store';
import { LIST_CHECKED_KEY, ListUpdater, type ListUpdatesView } from '../../lib/list-updates/list-updater';
import type { Settings } from '../../lib/settings/settings';
import { plainFetch } from '../common/plain-fetch';
import type { SettingsSource } from './settings-source';

const CHECK_ALARM = 'blocklens-list-updates';
const PERIOD_MINUTES = 6 * 60;

export interface ListUpdates {
  /** Checks now when updates are on; the view afterwards (null while they are off). */
  checkNow(): Promise<ListUpdatesView | null>;
  view(): Promise<ListUpdatesView>;
  /** Forgets the downloaded list and puts the bundled one back in use. */
  useBundled(): Promise<ListUpdatesView>;
}

let store: Promise<IndexedListStore> | undefined;
const listStore = () => (store ??= openListStore());

/** The kept list for the blocklist owner's start, when it is the channel's the settings name. */
export async function storedBlocklist(settings: SettingsSource): Promise<StoredBlocklist | null> {
  const lists = (await settings.current()).lists;
  const stored = await (await listStore()).load();
  if (stored === null || stored.channel !== lists.channel || stored.publicKey !== lists.publicKey) return null;
  return { snapshot: stored.snapshot, patches: stored.patches, channelVersion: stored.version };
}

/** Forgets the kept list (it could not be used): the bundled list stays in use, the next check starts afresh. */
export async function forgetStoredBlocklist(): Promise<void> {
  await (await listStore()).clear();
}

/** Must be called at worker start, with the other listeners. */
export function registerListUpdates(settings: SettingsSource, owner: BlocklistOwner): ListUpdates {
  const updater = new ListUpdater({
    fetch: plainFetch,
    store: {
      load: async () => (await listStore()).load(),
      save: async (list) => (await listStore()).save(list),
      clear: async () => (await listStore()).clear(),
      state: async () => (await listStore()).state(),
      saveState: async (state) => (await listStore()).saveState(state),
    },
    owner,
    now: Date.now,
  });

  const check = async (lists: Settings['lists']) => {
    // The list in use first, so a check never races the owner's own start.
    await owner.current();
    const outcome = await updater.check(lists);
    if (outcome.result === 'failed') console.warn('Blocklens: list update failed', outcome.error);
    await browser.storage.session.set({ [LIST_CHECKED_KEY]: Date.now() });
  };
  const checkIfOn = async () => {
    const { lists } = await settings.current();
    if (lists.updates) await check(lists);
  };
  const view = async (): Promise<ListUpdatesView> => {
    const stored = await (await listStore()).load();
    return {
      state: await updater.state(),
      stored: stored && { version: stored.version, list: stored.list, channel: stored.channel },
    };
  };

  settings.onChange((after, before) => {
    const on = after.lists.updates;
    const changed = after.lists.channel !== before.lists.channel || after.lists.publicKey !== before.lists.publicKey;
    if (on && (!before.lists.updates || changed)) {
      void browser.alarms.create(CHECK_ALARM, { periodInMinutes: PERIOD_MINUTES });
      void check(after.lists).catch(() => undefined);
    }
    if (!on && before.lists.updates) void browser.alarms.clear(CHECK_ALARM);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CHECK_ALARM) void checkIfOn().catch(() => undefined);
  });
  browser.runtime.onStartup.addListener(() => {
    void checkIfOn().catch(() => undefined);
  });
  // The alarm outlives the worker; should it be gone (a browser that dropped it), set it again.
  void settings.current().then(async ({ lists }) => {
    if (lists.updates && (await browser.alarms.get(CHECK_ALARM)) === undefined) {
      await browser.alarms.create(CHECK_ALARM, { periodInMinutes: PERIOD_MINUTES });
    }
  });

  return {
    async checkNow() {
      const { lists } = await settings.current();
      if (!lists.updates) return null;
      await check(lists);
      return view();
    },
    view,
    async useBundled() {
      // A check in flight would put its list back in use and in store after this: wait it out.
      await updater.idle();
      await (await listStore()).clear();
      await owner.useBundled();
      await browser.storage.session.set({ [LIST_CHECKED_KEY]: Date.now() });
      return view();
    },
  };
}
