// One switchable loopback server per test host that resolves, named by its key in HOSTS.
import { HOSTS } from './hosts';
import { TestServer } from './test-server';

type HostKey = keyof typeof HOSTS;
/** The hosts that resolve, and so have a server. */
type ResolvingKey = { [K in HostKey]: (typeof HOSTS)[K]['address'] extends string ? K : never }[HostKey];

export interface Site {
  readonly name: string;
  readonly server: TestServer;
  /** The URL of `path` on this host, with the server's port. */
  url(path?: string): string;
}

export type Sites = Record<ResolvingKey, Site>;

export async function startSites(): Promise<Sites> {
  const entries = await Promise.all(
    Object.entries(HOSTS).flatMap(([key, host]) => {
      if (host.address === null) return [];
      return [
        TestServer.start(host.address).then((server): [string, Site] => [
          key,
          { name: host.name, server, url: (path = '/') => server.url(host.name, path) },
        ]),
      ];
    }),
  );
  return Object.fromEntries(entries) as Sites;
}

export async function stopSites(sites: Sites): Promise<void> {
  await Promise.all(Object.values(sites).map((site) => site.server.stop()));
}

/** Every server back to answering 200, between tests that share the sites. */
export function resetSites(sites: Sites): void {
  for (const site of Object.values(sites)) site.server.set({ type: 'ok' });
}
