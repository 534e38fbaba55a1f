// List sources named by URL (`rkn:https://…/dump-00.csv`) are downloaded to a temporary folder, each
// under its own file name, so the parsers read them as they read files and a split registry dump
// keeps its part names. Node only: the publisher runs it.
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { isAllowedEndpointUrl } from '../settings/endpoint-url';

export interface FetchedSources {
  /** The `FORMAT:PATH` texts with every URL replaced by the downloaded file. */
  specs: string[];
  /** Removes the downloads. */
  dispose(): Promise<void>;
}

const URL_PATH = /^[a-z][a-z0-9+.-]*:\/\//i;

export async function fetchSources(specs: readonly string[], fetcher: typeof fetch = fetch): Promise<FetchedSources> {
  const folder = await mkdtemp(join(tmpdir(), 'blocklens-sources-'));
  const dispose = () => rm(folder, { recursive: true, force: true });
  try {
    const local: string[] = [];
    for (const [index, spec] of specs.entries()) {
      const colon = spec.indexOf(':');
      const path = spec.slice(colon + 1);
      if (colon < 0 || !URL_PATH.test(path)) {
        local.push(spec);
        continue;
      }
      if (!isAllowedEndpointUrl(path)) throw new Error(`source ${spec}: a source URL must be https:, or http: on loopback`);
      const response = await fetcher(path);
      if (!response.ok || !response.body) throw new Error(`source ${spec}: the server answered ${response.status}`);
      // A folder per source: two parts of one dump may share a file name on different servers.
      const file = join(folder, String(index), basename(new URL(path).pathname) || 'source');
      await mkdir(join(folder, String(index)));
      await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), createWriteStream(file));
      local.push(`${spec.slice(0, colon)}:${file}`);
    }
    return { specs: local, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
