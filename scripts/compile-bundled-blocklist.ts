// Build step: compiles the bundled list sources (or BLOCKLIST_SOURCES) into the snapshot asset.
// Placeholder until lib/blocklist's compiler lands: writes an empty file.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export async function compileBundledBlocklist(
  root: string,
  wxtDir: string,
  logger: { info(msg: string): void; warn(msg: string): void },
): Promise<string> {
  const out = join(wxtDir, 'blocklist', 'blocklist.bin');
  await mkdir(join(wxtDir, 'blocklist'), { recursive: true });
  await writeFile(out, new Uint8Array());
  logger.info(`blocklist placeholder for ${root}`);
  return out;
}
