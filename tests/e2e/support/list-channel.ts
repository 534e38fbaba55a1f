// A loopback list channel for the e2e runs (lists.md), shared by Chromium and Firefox: keys and
// versions made with `npm run lists`, served by a static server with ETags that can be told to
// answer a path otherwise (a changed file, another manifest, an error status).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

/** Runs `npm run lists -- ARGS` (the project's own CLI) and returns what it printed. */
export function lists(...args: string[]): string {
  const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/lists-cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`npm run lists -- ${args.join(' ')} failed:\n${run.stdout}${run.stderr}`);
  return run.stdout;
}

/**
 * Publishes the next version into `channel`: a plain list named `live` of 2,000 filler hosts plus
 * `extra`, written under `dir/source-TAG` (TAG keeps each version's source apart).
 */
export function publishPlain(dir: string, tag: number, extra: string[], channel: string, key: string): void {
  const folder = join(dir, `source-${tag}`);
  mkdirSync(folder, { recursive: true });
  const path = join(folder, 'live.txt');
  writeFileSync(path, [...Array.from({ length: 2_000 }, (_, i) => `site${i}.example`), ...extra].join('\n'));
  lists('publish', '--channel', channel, '--key', key, '--source', `plain:${path}`);
}

/** The version a channel folder's manifest names. */
export function channelVersion(channel: string): number {
  return (JSON.parse(readFileSync(join(channel, 'manifest.json'), 'utf8')) as { version: number }).version;
}

/** A static server over the channel folder, with ETags; `fault` answers a path otherwise. */
export class ChannelServer {
  readonly requests: string[] = [];
  /** The headers of each request, in the order of `requests`. */
  readonly headers: IncomingHttpHeaders[] = [];
  fault: ((path: string) => { status: number; body: Buffer } | null) | null = null;
  private server: Server | undefined;

  constructor(private readonly folder: () => string) {}

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname.slice(1));
      this.requests.push(path);
      this.headers.push(request.headers);
      const faulty = this.fault?.(path);
      if (faulty) return void response.writeHead(faulty.status).end(faulty.body);
      let body: Buffer;
      try {
        if (path.includes('..')) throw new Error('outside');
        body = readFileSync(join(this.folder(), path));
      } catch {
        return void response.writeHead(404).end();
      }
      const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
      if (request.headers['if-none-match'] === etag) return void response.writeHead(304, { ETag: etag }).end();
      response.writeHead(200, { ETag: etag, 'Content-Length': body.length }).end(body);
    });
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/`;
  }

  /**
   * The headers beyond the same-for-everyone ones that any request so far carried and PRIVACY.md
   * says list updates do not send: cookies, a referrer, the page or extension it came from.
   */
  get telling(): string[] {
    const names = new Set(this.headers.flatMap((headers) => Object.keys(headers)));
    return ['cookie', 'referer', 'origin'].filter((name) => names.has(name));
  }

  stop(): Promise<void> {
    return new Promise((done) => (this.server ? this.server.close(() => done()) : done()));
  }
}

/** A patch changed in one byte, as a damaged download or a meddling middlebox would give it. */
export function changedPatch(channel: string): (path: string) => { status: number; body: Buffer } | null {
  return (path) => {
    if (!path.startsWith('patch-')) return null;
    const body = readFileSync(join(channel, path));
    body[body.length - 5] = body[body.length - 5]! ^ 1;
    return { status: 200, body };
  };
}
