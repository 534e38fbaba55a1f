// Follows a list channel (lists.md): fetches its signed manifest, and the patch from the version in
// use or else the full snapshot, checks every byte against the signature before acting on it, then
// hands the list to the blocklist owner and keeps it for later workers. Anything that fails leaves
// the list in use as it was and is kept as the last error. The browser's APIs are passed in.
import { readPatch } from '../blocklist/format/patch-format';
import type { SnapshotInfo } from '../blocklist/format/types';
import type { ChannelFile, ChannelManifest } from '../channel/channel-manifest';
import { checkChannelFile, verifiedManifest } from '../channel/verify-channel-files';
import type { Settings } from '../settings/settings';

/** A verified channel version: the snapshot it started from and the patches laid over it since. */
export interface StoredList {
  channel: string;
  publicKey: string;
  /** The channel version the list is at (the newest patch's, or the snapshot's). */
  version: number;
  /** The signed manifest that offered this version, as fetched. */
  manifest: string;
  list: { name: string; date: string };
  snapshot: ArrayBuffer;
  patches: ArrayBuffer[];
}

export type ListUpdateErrorKind =
  | 'network'
  | 'status'
  | 'manifest'
  | 'signature'
  | 'rollback'
  | 'file'
  | 'list'
  | 'storage';

export interface ListUpdateError {
  kind: ListUpdateErrorKind;
  /** What exactly went wrong, in English (shown as is, beside the translated advice). */
  message: string;
}

export interface ListUpdateState {
  /** When the last check ended (ms); null before the first. */
  lastCheck: number | null;
  /** When a check last ended without an error. */
  lastSuccess: number | null;
  error: ListUpdateError | null;
  /** The manifest's ETag and the URL it came from, for If-None-Match. */
  etag: { url: string; value: string } | null;
  /**
   * The newest version ever put in use from a channel and key, kept when the downloaded list is
   * forgotten: an older version is a rollback even after "Return to the bundled list".
   */
  newest?: { channel: string; publicKey: string; version: number };
}

export const EMPTY_UPDATE_STATE: ListUpdateState = { lastCheck: null, lastSuccess: null, error: null, etag: null };

export interface ListStore {
  load(): Promise<StoredList | null>;
  save(list: StoredList): Promise<void>;
  clear(): Promise<void>;
  state(): Promise<ListUpdateState | null>;
  saveState(state: ListUpdateState): Promise<void>;
}

/** The blocklist owner, as far as the updater needs it. */
export interface ListTaker {
  replace(snapshot: ArrayBuffer, patches: readonly ArrayBuffer[], channelVersion: number): Promise<SnapshotInfo>;
}

export interface ListUpdaterDeps {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  store: ListStore;
  owner: ListTaker;
  now: () => number;
  /** Patches kept over one snapshot before the next update fetches a full snapshot again. */
  maxPatches?: number;
  /** The largest manifest read. */
  maxManifestBytes?: number;
  /** How long one download may take before it is given up (a stalled connection). */
  timeoutMs?: number;
}

export type CheckOutcome =
  | { result: 'unchanged'; version: number | null }
  | { result: 'updated'; version: number; by: 'patch' | 'snapshot' }
  | { result: 'failed'; error: ListUpdateError };

class UpdateFailure extends Error {
  constructor(
    readonly kind: ListUpdateErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export const MANIFEST_NAME = 'manifest.json';

/** A download that has not finished in two minutes has stalled (a registry snapshot is about 24 MB). */
const DOWNLOAD_TIMEOUT_MS = 120_000;

/** storage.session key the worker sets when a check ends, so an open options page shows it. */
export const LIST_CHECKED_KEY = 'list-checked';

export function manifestUrl(channel: string): string {
  return new URL(MANIFEST_NAME, channel.endsWith('/') ? channel : `${channel}/`).href;
}

export class ListUpdater {
  private running: Promise<CheckOutcome> | null = null;

  constructor(private readonly deps: ListUpdaterDeps) {}

  /** One check at a time: a check asked for while one runs gets that one's outcome. */
  check(lists: Settings['lists']): Promise<CheckOutcome> {
    return (this.running ??= this.checkOnce(lists).finally(() => (this.running = null)));
  }

  /** Resolves once no check is running (its outcome is the check's own business). */
  async idle(): Promise<void> {
    await this.running?.catch(() => undefined);
  }

  /** The stored list, if it came from this channel and key (another channel's versions mean nothing here). */
  async storedFor(lists: Settings['lists']): Promise<StoredList | null> {
    const stored = await this.deps.store.load();
    return stored !== null && stored.channel === lists.channel && stored.publicKey === lists.publicKey ? stored : null;
  }

  async state(): Promise<ListUpdateState> {
    return (await this.deps.store.state()) ?? EMPTY_UPDATE_STATE;
  }

  private async checkOnce(lists: Settings['lists']): Promise<CheckOutcome> {
    const before = await this.state();
    const url = manifestUrl(lists.channel);
    let etag = before.etag;
    let outcome: CheckOutcome;
    try {
      const base = await this.storedFor(lists);
      const headers: Record<string, string> = {};
      // A conditional request only while the list it would keep is the one this manifest offered.
      if (base !== null && etag?.url === url) headers['If-None-Match'] = etag.value;
      const response = await this.get(url, headers);
      if (response.status === 304 && base !== null) {
        outcome = { result: 'unchanged', version: base.version };
      } else {
        if (response.status !== 200) throw new UpdateFailure('status', `${url} answered ${response.status}`);
        const text = new TextDecoder().decode(await this.body(response, this.deps.maxManifestBytes ?? 1_000_000, url));
        const manifest = await this.verify(text, lists.publicKey);
        const tag = response.headers.get('ETag');
        etag = tag === null ? null : { url, value: tag };
        const newest = before.newest?.channel === lists.channel && before.newest.publicKey === lists.publicKey ? before.newest.version : 0;
        outcome = await this.follow(lists, manifest, text, base, newest);
      }
    } catch (error) {
      const failure =
        error instanceof UpdateFailure ? error : new UpdateFailure('network', error instanceof Error ? error.message : String(error));
      outcome = { result: 'failed', error: { kind: failure.kind, message: failure.message } };
    }
    const now = this.deps.now();
    const error = outcome.result === 'failed' ? outcome.error : null;
    const failed = error !== null;
    await this.deps.store
      .saveState({
        lastCheck: now,
        lastSuccess: failed ? before.lastSuccess : now,
        error,
        // A failed check may have been offered a manifest never acted on: ask for it whole next time.
        etag: failed ? null : etag,
        newest:
          outcome.result === 'updated' && outcome.version > (before.newest?.channel === lists.channel ? before.newest.version : 0)
            ? { channel: lists.channel, publicKey: lists.publicKey, version: outcome.version }
            : before.newest,
      })
      .catch(() => undefined);
    return outcome;
  }

  private async verify(text: string, publicKey: string): Promise<ChannelManifest> {
    try {
      return await verifiedManifest(text, publicKey);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new UpdateFailure(/signature|public key/.test(message) ? 'signature' : 'manifest', message);
    }
  }

  private async follow(
    lists: Settings['lists'],
    manifest: ChannelManifest,
    text: string,
    base: StoredList | null,
    newest: number,
  ): Promise<CheckOutcome> {
    if (base !== null && manifest.version < base.version) {
      throw new UpdateFailure('rollback', `the channel offers version ${manifest.version}, older than version ${base.version} in use`);
    }
    if (manifest.version < newest) {
      throw new UpdateFailure('rollback', `the channel offers version ${manifest.version}, older than version ${newest} this browser had`);
    }
    if (base !== null && manifest.version === base.version) return { result: 'unchanged', version: base.version };
    const list = { name: manifest.list.name, date: manifest.list.date };
    const offered = base !== null && base.patches.length < (this.deps.maxPatches ?? 8)
      ? manifest.patches.find((patch) => patch.from === base.version)
      : undefined;
    let next: StoredList;
    let by: 'patch' | 'snapshot' = 'snapshot';
    if (offered !== undefined && base !== null) {
      const bytes = await this.download(offered, manifestUrl(lists.channel));
      let header: { from: number; to: number };
      try {
        header = readPatch(bytes);
      } catch (error) {
        throw new UpdateFailure('file', `${offered.path}: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (header.from !== base.version || header.to !== manifest.version) {
        throw new UpdateFailure('file', `${offered.path} brings version ${header.from} to ${header.to}, not ${base.version} to ${manifest.version}`);
      }
      next = { ...base, version: manifest.version, manifest: text, list, patches: [...base.patches, bytes] };
      by = 'patch';
    } else {
      const bytes = await this.download(manifest.snapshot, manifestUrl(lists.channel));
      next = { channel: lists.channel, publicKey: lists.publicKey, version: manifest.version, manifest: text, list, snapshot: bytes, patches: [] };
    }
    try {
      await this.deps.owner.replace(next.snapshot, next.patches, next.version);
    } catch (error) {
      throw new UpdateFailure('list', error instanceof Error ? error.message : String(error));
    }
    try {
      await this.deps.store.save(next);
    } catch (error) {
      throw new UpdateFailure('storage', `version ${next.version} is in use but could not be kept: ${error instanceof Error ? error.message : String(error)}`);
    }
    return { result: 'updated', version: next.version, by };
  }

  /** The file the signed manifest names, once its size and SHA-256 match. */
  private async download(file: ChannelFile, base: string): Promise<ArrayBuffer> {
    const url = new URL(file.path, base).href;
    const response = await this.get(url, {});
    if (response.status !== 200) throw new UpdateFailure('status', `${url} answered ${response.status}`);
    const bytes = await this.body(response, file.bytes, url);
    try {
      await checkChannelFile(bytes, file);
    } catch (error) {
      throw new UpdateFailure('file', error instanceof Error ? error.message : String(error));
    }
    return bytes.buffer;
  }

  private async get(url: string, headers: Record<string, string>): Promise<Response> {
    try {
      // Our own conditional request, not the browser's cache: no cookies, no referrer.
      const signal = AbortSignal.timeout(this.deps.timeoutMs ?? DOWNLOAD_TIMEOUT_MS);
      return await this.deps.fetch(url, { headers, cache: 'no-store', credentials: 'omit', referrerPolicy: 'no-referrer', signal });
    } catch (error) {
      throw new UpdateFailure('network', `${url}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** The body, refused as soon as it runs past `limit` bytes (a file larger than signed for). */
  private async body(response: Response, limit: number, url: string): Promise<Uint8Array<ArrayBuffer>> {
    const declared = Number(response.headers.get('Content-Length'));
    if (Number.isFinite(declared) && declared > limit) throw new UpdateFailure('file', `${url}: ${declared} bytes, more than the ${limit} expected`);
    const chunks: Uint8Array[] = [];
    let length = 0;
    try {
      const reader = response.body?.getReader();
      for (let read = await reader?.read(); read && !read.done; read = await reader!.read()) {
        length += read.value.length;
        if (length > limit) {
          await reader!.cancel();
          throw new UpdateFailure('file', `${url}: more than the ${limit} bytes expected`);
        }
        chunks.push(read.value);
      }
    } catch (error) {
      if (error instanceof UpdateFailure) throw error;
      throw new UpdateFailure('network', `${url}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const bytes = new Uint8Array(length);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return bytes;
  }
}

/** What the options page shows: how the last check went; the list in use comes from the owner's status. */
export interface ListUpdatesView {
  state: ListUpdateState;
  /** The channel version kept in IndexedDB (null: none, the bundled list is used). */
  stored: { version: number; list: { name: string; date: string }; channel: string } | null;
}
