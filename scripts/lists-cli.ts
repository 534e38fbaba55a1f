// The list channel from the command line (lists.md):
//   npm run lists -- keygen --out DIR
//   npm run lists -- publish --channel OUT --key DIR/list-key.private --source FORMAT:PATH [--source ...]
//   npm run lists -- verify --channel OUT|URL --public-key KEY
//   npm run lists -- networks --out FILE --network NAME=PATH|URL [--network ...] [--cut NAME=YYYY-MM-DD ...] [--note TEXT ...]
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { describeListDate } from '../lib/blocklist/compile/compile-sources';
import { generateChannelKeys } from '../lib/channel/channel-keys';
import { convertNetworks } from '../lib/channel/convert-networks';
import { DEFAULT_KEEP_PATCHES, publishChannel } from '../lib/channel/publish-channel';
import { verifyChannel } from '../lib/channel/verify-channel';
import { isAllowedEndpointUrl } from '../lib/settings/endpoint-url';

const USAGE = `usage:
  npm run lists -- keygen --out DIR
  npm run lists -- publish --channel OUT --key DIR/list-key.private --source FORMAT:PATH [--source ...] [--keep-patches N]
  npm run lists -- verify --channel OUT|URL --public-key KEY
  npm run lists -- networks --out FILE --network NAME=PATH|URL [--network ...] [--cut NAME=YYYY-MM-DD ...] [--note TEXT ...]
FORMAT is rkn, plain, citizenlab or networks; PATH a file, or an https: URL (http: on loopback).
networks writes a networks: source from providers' range files (one range a line, a geofeed CSV, or JSON).`;

async function keygen(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
  if (!values.out) throw new Error(USAGE);
  const [privatePath, publicPath] = [join(values.out, 'list-key.private'), join(values.out, 'list-key.public')];
  for (const path of [privatePath, publicPath]) if (existsSync(path)) throw new Error(`${path} exists: keygen never overwrites a key`);
  const keys = await generateChannelKeys();
  await mkdir(values.out, { recursive: true });
  await writeFile(privatePath, `${keys.privateKey}\n`, { mode: 0o600 });
  await chmod(privatePath, 0o600);
  await writeFile(publicPath, `${keys.publicKey}\n`);
  console.log(`${privatePath}: the private key (keep it secret; it signs every version)`);
  console.log(`${publicPath}: the public key, for LIST_PUBLIC_KEY and verify: ${keys.publicKey}`);
}

async function publish(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { channel: { type: 'string' }, key: { type: 'string' }, source: { type: 'string', multiple: true }, 'keep-patches': { type: 'string' } },
  });
  if (!values.channel || !values.key || !values.source?.length) throw new Error(USAGE);
  const keepPatches = values['keep-patches'] === undefined ? DEFAULT_KEEP_PATCHES : Number(values['keep-patches']);
  if (!Number.isInteger(keepPatches) || keepPatches < 0) throw new Error('--keep-patches takes a whole number');
  const started = Date.now();
  const { manifest, compiled, change } = await publishChannel({
    channel: values.channel,
    privateKey: await readFile(values.key, 'utf8'),
    sources: values.source,
    keepPatches,
    onProblem: (problem) => console.log(`${problem.file}: line ${problem.line}: ${problem.reason}`),
  });
  const { name, date, counts } = compiled.info;
  console.log(`${values.channel}: version ${manifest.version} of ${name}, dated ${date || 'without a date'}, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const list of compiled.info.lists) console.log(`  ${describeListDate(list)}`);
  console.log(`  ${counts.domains} domains, ${counts.wildcards} wildcards, ${counts.urls} URLs, ${counts.ipv4} IPv4 and ${counts.ipv6} IPv6 entries, ${counts.records} records, ${counts.networks} hosting-network ranges`);
  console.log(`  ${manifest.snapshot.path}: ${manifest.snapshot.bytes} bytes`);
  if (change) console.log(`  changed since version ${manifest.version - 1}: ${change.added} entries added, ${change.removed} removed (listings and hosting-network ranges)`);
  for (const patch of manifest.patches) {
    const share = ((100 * patch.bytes) / manifest.snapshot.bytes).toFixed(2);
    console.log(`  ${patch.path}: ${patch.bytes} bytes (${share} % of the snapshot), from version ${patch.from}`);
  }
}

async function verify(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { channel: { type: 'string' }, 'public-key': { type: 'string' } } });
  if (!values.channel || !values['public-key']) throw new Error(USAGE);
  const channel = values.channel;
  const remote = /^[a-z]+:\/\//i.test(channel);
  if (remote && !isAllowedEndpointUrl(channel)) throw new Error('a channel URL must be https:, or http: on loopback');
  const read = async (path: string) => {
    if (!remote) return new Uint8Array(await readFile(join(channel, path)));
    const response = await fetch(new URL(path, channel.endsWith('/') ? channel : `${channel}/`));
    if (!response.ok) throw new Error(`${path}: the server answered ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
  const { manifest, info } = await verifyChannel(read, values['public-key']);
  console.log(`${channel}: version ${manifest.version} of ${info.name}, dated ${info.date || 'without a date'}, signed by the key given`);
  console.log(`  ${manifest.snapshot.path} and ${manifest.patches.length} patch(es) match the manifest and load`);
}

async function networks(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: 'string' },
      network: { type: 'string', multiple: true },
      cut: { type: 'string', multiple: true },
      note: { type: 'string', multiple: true },
    },
  });
  if (!values.out || !values.network?.length) throw new Error(USAGE);
  const converted = await convertNetworks({ networks: values.network, cut: values.cut, notes: values.note });
  await writeFile(values.out, converted.text);
  console.log(`${values.out}: ${converted.networks.reduce((sum, network) => sum + network.ranges, 0)} ranges of ${converted.networks.length} networks`);
  for (const { name, since, ranges, bogons } of converted.networks) {
    const left = bogons.length ? `; left out ${bogons.length} bogon range(s): ${bogons.join(', ')}` : '';
    console.log(`  ${name}: ${ranges} ranges${since ? `, cut since ${since}` : ''}${left}`);
  }
}

const [command, ...rest] = process.argv.slice(2);
try {
  if (command === 'keygen') await keygen(rest);
  else if (command === 'publish') await publish(rest);
  else if (command === 'verify') await verify(rest);
  else if (command === 'networks') await networks(rest);
  else throw new Error(USAGE);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
