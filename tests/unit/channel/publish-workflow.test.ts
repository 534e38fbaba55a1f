// The workflow that publishes the channel on GitHub cannot run here: it is checked as YAML and for
// the few things it must do (on a schedule, publish then verify, the key only from a secret).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const PATH = fileURLToPath(new URL('../../../.github/workflows/publish-lists.yml', import.meta.url));

interface Workflow {
  on: { schedule: { cron: string }[]; workflow_dispatch: unknown };
  jobs: Record<string, { steps: { run?: string; uses?: string; env?: Record<string, string> }[] }>;
}

describe('the publishing workflow', () => {
  const text = readFileSync(PATH, 'utf8');
  const workflow = parse(text) as Workflow;
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const runs = steps.map((step) => step.run ?? '').join('\n');

  it('runs every six hours and by hand', () => {
    expect(workflow.on.schedule.map((entry) => entry.cron)).toEqual(['17 */6 * * *']);
    expect('workflow_dispatch' in workflow.on).toBe(true);
  });

  it('publishes, verifies with the public key, then pushes the channel', () => {
    const order = ['npm ci', 'npm run lists -- publish', 'npm run lists -- verify', 'git push origin HEAD:gh-pages'].map((command) => runs.indexOf(command));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(runs).toContain('--public-key "${{ vars.LIST_PUBLIC_KEY }}"');
  });

  it('refreshes the hosting networks through the converter and publishes them with the lists', () => {
    const order = ['npm run lists -- networks --out "$RUNNER_TEMP/networks.txt"', 'npm run lists -- publish'].map((command) => runs.indexOf(command));
    expect(order.every((at) => at >= 0) && order[0]! < order[1]!).toBe(true);
    expect(runs).toContain('args+=(--source "networks:$RUNNER_TEMP/networks.txt")');
    for (const url of ['https://www.cloudflare.com/ips-v4', 'https://www.cloudflare.com/ips-v6', 'https://digitalocean.com/geo/google.csv']) expect(runs).toContain(url);
    for (const network of ['Cloudflare', 'Hetzner', 'DigitalOcean', 'OVH']) expect(runs).toContain(`--cut ${network}=2025-06-09`);
  });

  it('takes the private key only from a secret, through the environment, and removes it', () => {
    expect(text.match(/secrets\.\w+/g)).toEqual(['secrets.LIST_PRIVATE_KEY']);
    expect(steps.find((step) => step.env?.LIST_PRIVATE_KEY)?.env?.LIST_PRIVATE_KEY).toBe('${{ secrets.LIST_PRIVATE_KEY }}');
    expect(runs).not.toMatch(/\$\{\{\s*secrets/);
    expect(runs).toContain('rm -f "$key"');
  });
});
