// Remembers the last server address each host answered from, because Chromium reports no address
// for the resets and refusals that matter most. Kept in session storage so a worker restart between
// "the host answered" and "the host failed" loses nothing.
import type { AddressFact } from '@blocklens/vocabulary';
import type { SessionArea } from '../storage/session-area';

const STORAGE_KEY = 'addresses';
const MAX_HOSTS = 2000;
const SAVE_DELAY_MS = 1000;

export class AddressMemory {
  private readonly addresses = new Map<string, string>();
  private readonly loaded: Promise<void>;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly area: SessionArea) {
    this.loaded = area
      .get(STORAGE_KEY)
      .then((stored) => {
        const entries = (stored as [string, string][] | undefined) ?? [];
        // Addresses seen since start (already in the map) are newer than the stored ones.
        for (const [host, address] of entries) if (!this.addresses.has(host)) this.addresses.set(host, address);
      })
      // Stored addresses that cannot be read are lost history only; every lookup waits on this.
      .catch((error: unknown) => console.error('Blocklens: could not read the remembered addresses', error));
  }

  /** Called for every response: one map update, the write to storage is batched. */
  remember(host: string, address: string): void {
    if (this.addresses.get(host) === address) return;
    this.addresses.delete(host);
    this.addresses.set(host, address);
    if (this.addresses.size > MAX_HOSTS) {
      const oldest = this.addresses.keys().next().value;
      if (oldest !== undefined) this.addresses.delete(oldest);
    }
    this.saveTimer ??= setTimeout(() => {
      this.saveTimer = undefined;
      void this.area.set(STORAGE_KEY, [...this.addresses]);
    }, SAVE_DELAY_MS);
  }

  async lookup(host: string): Promise<AddressFact | null> {
    await this.loaded;
    const address = this.addresses.get(host);
    return address === undefined ? null : { address, source: 'response' };
  }
}
