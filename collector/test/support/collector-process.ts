// Runs `collector/src/main.ts` in a child process, as `npm run collector` does, and finds its address
// in the start-up line; the durability test kills it, the load bench measures it.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
const LISTENING = /collector listening on (http:\/\/\S+)/;

export interface CollectorProcess {
  url: string;
  /** Resolves with the exit code once the process has ended. */
  stop(signal: 'SIGTERM' | 'SIGKILL'): Promise<number | null>;
}

export async function spawnCollector(env: Record<string, string>): Promise<CollectorProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await startupUrl(child, exited);
  return {
    url,
    stop: (signal) => {
      child.kill(signal);
      return exited;
    },
  };
}

function startupUrl(child: ChildProcess, exited: Promise<number | null>): Promise<string> {
  let output = '';
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = LISTENING.exec(output)?.[1];
      if (url !== undefined) resolve(url);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    void exited.then((code) => reject(new Error(`collector exited with ${code} before listening:\n${output}`)));
  });
}
