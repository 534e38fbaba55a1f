// `npm run lists -- networks`: providers' published ranges (files, or https: URLs) to a
// hosting-networks source, what the bundled blocklists/networks.txt is generated with and what the
// publishing workflow refreshes before each publish. Node only.
import { readFile } from 'node:fs/promises';
import { normaliseDate } from '../blocklist/sources/list-date';
import { isAllowedEndpointUrl } from '../settings/endpoint-url';
import { networksSource, type ProviderNetwork } from './networks-source';
import { providerRanges } from './provider-ranges';

export interface ConvertNetworksOptions {
  /** "NAME=PATH" or "NAME=URL", in order; a name given twice (IPv4 and IPv6 files) gathers both. */
  networks: readonly string[];
  /** "NAME=YYYY-MM-DD": since when transfers to that network are known to be cut. */
  cut?: readonly string[];
  /** Header comment lines: where the ranges come from, as of when, under which licence. */
  notes?: readonly string[];
  fetcher?: typeof fetch;
}

export interface ConvertedNetworks {
  text: string;
  networks: { name: string; since: string; ranges: number; bogons: string[] }[];
}

const URL_PATH = /^[a-z][a-z0-9+.-]*:\/\//i;

export async function convertNetworks({ networks, cut = [], notes = [], fetcher = fetch }: ConvertNetworksOptions): Promise<ConvertedNetworks> {
  const byName = new Map<string, ProviderNetwork & { bogons: string[] }>();
  for (const given of networks) {
    const [name, source] = splitPair(given, '--network NAME=PATH|URL');
    const { ranges, bogons } = providerRanges(await readSource(source, fetcher), source);
    const network = byName.get(name) ?? { name, since: '', ranges: [], bogons: [] };
    network.ranges.push(...ranges);
    network.bogons.push(...bogons);
    byName.set(name, network);
  }
  for (const given of cut) {
    const [name, since] = splitPair(given, '--cut NAME=YYYY-MM-DD');
    const network = byName.get(name);
    if (!network) throw new Error(`--cut ${given}: no --network is called ${JSON.stringify(name)}`);
    const date = normaliseDate(since);
    if (!date.ok || date.value !== since) throw new Error(`--cut ${given}: expected a date YYYY-MM-DD`);
    network.since = since;
  }
  const all = [...byName.values()];
  return {
    text: networksSource(notes, all),
    networks: all.map(({ name, since, ranges, bogons }) => ({ name, since, ranges: new Set(ranges).size, bogons })),
  };
}

function splitPair(given: string, usage: string): [string, string] {
  const equals = given.indexOf('=');
  const [name, value] = [given.slice(0, equals).trim(), given.slice(equals + 1).trim()];
  if (equals < 0 || name === '' || value === '') throw new Error(`${JSON.stringify(given)}: expected ${usage}`);
  return [name, value];
}

async function readSource(source: string, fetcher: typeof fetch): Promise<string> {
  if (!URL_PATH.test(source)) return readFile(source, 'utf8');
  if (!isAllowedEndpointUrl(source)) throw new Error(`${source}: a source URL must be https:, or http: on loopback`);
  const response = await fetcher(source);
  if (!response.ok) throw new Error(`${source}: the server answered ${response.status}`);
  return response.text();
}
