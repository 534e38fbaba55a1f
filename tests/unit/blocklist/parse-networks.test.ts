import { describe, expect, it } from 'vitest';
import { parseNetworks } from '../../../lib/blocklist/sources/parse-networks';
import { runParser } from './parse-harness';

const GOOD = `# Hosting networks
104.16.0.0/13,Cloudflare,2025-06-09
2606:4700::/32 , Cloudflare , 2025-06-09

8.8.4.0/24,Google   # undated: not known to be cut
::ffff:5.9.0.0/112,Hetzner,2025-06-09
`;

describe('parseNetworks', () => {
  it('reads IPv4 and IPv6 ranges with a name and an optional date, skipping comments and blank lines', async () => {
    const run = await runParser(parseNetworks, { text: GOOD });
    expect(run.records).toEqual([
      { network: { range: '104.16.0.0/13', name: 'Cloudflare', since: '2025-06-09' } },
      { network: { range: '2606:4700::/32', name: 'Cloudflare', since: '2025-06-09' } },
      { network: { range: '8.8.4.0/24', name: 'Google', since: '' } },
      { network: { range: '5.9.0.0/16', name: 'Hetzner', since: '2025-06-09' } },
    ]);
    expect(run.problems).toEqual([]);
    expect(run.summary).toMatchObject({ lines: 6, accepted: 4, skipped: 2, rejected: 0 });
    expect(run.summary.entries).toMatchObject({ networks: 4, domains: 0, addresses: 0 });
  });

  it('refuses bad lines with the file, line and reason', async () => {
    const text = [
      '1.0.0.0/24,Good',
      '1.1.1.1,No range',
      '1.1.1.0/33,Too long',
      '1.1.1.1/24,Host bits',
      '1.2.0.0/16,',
      '1.3.0.0/16,Dated,2025-13-01',
      '1.4.0.0/16,Dated,9 June 2025',
      '1.5.0.0/16,One,Two,Three',
      '1.6.0.0/16,Empty date,',
      'example.org,Name',
      '2001:db8::1/32,Host bits v6',
      '0.0.0.0/0,Everything',
      '2000::/3,Most of IPv6',
      '::ffff:0.0.0.0/96,Everything mapped',
      '2.0.0.0/8,Good again',
      '3.0.0.0/8,Good too',
      '4.0.0.0/8,Good four',
      '5.0.0.0/8,Good five',
      '6.0.0.0/8,Good six',
      '7.0.0.0/8,Good seven',
      '8.0.0.0/8,Good eight',
      '9.0.0.0/8,Good nine',
      '10.0.0.0/8,Good ten',
      '11.0.0.0/8,Good eleven',
      '12.0.0.0/8,Good twelve',
      '13.0.0.0/8,Good thirteen',
      '14.0.0.0/8,Good fourteen',
    ].join('\n');
    const run = await runParser(parseNetworks, { text });
    expect(run.records).toHaveLength(14);
    expect(run.problems).toEqual([
      { file: 'inline.txt', line: 2, reason: 'expected a CIDR range, not "1.1.1.1"' },
      { file: 'inline.txt', line: 3, reason: 'bad range "1.1.1.0/33"' },
      { file: 'inline.txt', line: 4, reason: 'range "1.1.1.1/24" has host bits set (the range is 1.1.1.0/24)' },
      { file: 'inline.txt', line: 5, reason: 'no network name' },
      { file: 'inline.txt', line: 6, reason: 'bad date "2025-13-01" (expected YYYY-MM-DD)' },
      { file: 'inline.txt', line: 7, reason: 'bad date "9 June 2025" (expected YYYY-MM-DD)' },
      { file: 'inline.txt', line: 8, reason: 'expected "CIDR,Network name" or "CIDR,Network name,YYYY-MM-DD"' },
      { file: 'inline.txt', line: 9, reason: 'empty date (leave the field out when the network is not known to be cut)' },
      { file: 'inline.txt', line: 10, reason: 'expected a CIDR range, not "example.org"' },
      { file: 'inline.txt', line: 11, reason: 'range "2001:db8::1/32" has host bits set (the range is 2001:db8::/32)' },
      { file: 'inline.txt', line: 12, reason: 'range "0.0.0.0/0" is wider than a /8' },
      { file: 'inline.txt', line: 13, reason: 'range "2000::/3" is wider than a /16' },
      { file: 'inline.txt', line: 14, reason: 'range "::ffff:0.0.0.0/96" is wider than a /8' },
    ]);
  });

  it('fails on a file that is mostly not networks (say, a plain list given as networks:)', async () => {
    await expect(runParser(parseNetworks, { text: 'example.org\nexample.net\n1.0.0.0/8,One\n' })).rejects.toThrow(
      /inline\.txt: 2 of 3 records refused; is it the right file and format\?\n {2}line 1: expected/,
    );
  });
});
