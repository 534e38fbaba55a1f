// A throwaway certificate authority made at test time with the openssl command line (no network,
// nothing kept): its root goes into the test Firefox's certificate store, so a leaf it issues fails
// only for the reason the scenario wants (expired, or issued for another name), never as unknown.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestCertificate {
  /** PEM, as node:https takes them. */
  key: string;
  cert: string;
}

const DAY = 24 * 3600 * 1000;

/** openssl's time format for -startdate and -enddate: YYYYMMDDHHMMSSZ. */
function opensslTime(date: Date): string {
  return `${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

// `openssl ca` signs with the dates it is given (`x509 -req` cannot date a certificate in the past)
// and copies the subjectAltName of the request, which is the name Firefox checks.
const CA_CONFIG = `[ ca ]
default_ca = test_ca
[ test_ca ]
database = index.txt
new_certs_dir = .
serial = serial
default_md = sha256
policy = any
copy_extensions = copy
unique_subject = no
[ any ]
commonName = supplied
`;

export class TestAuthority {
  private issued = 0;

  private constructor(private readonly dir: string) {}

  static create(): TestAuthority {
    const authority = new TestAuthority(mkdtempSync(join(tmpdir(), 'blocklens-e2e-ca-')));
    writeFileSync(authority.path('ca.cnf'), CA_CONFIG);
    writeFileSync(authority.path('index.txt'), '');
    writeFileSync(authority.path('serial'), '1000\n');
    authority.openssl(
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '7'],
      ['-keyout', 'ca.key', '-out', 'ca.pem', '-subj', '/CN=Blocklens e2e test CA'],
      ['-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'],
    );
    return authority;
  }

  /** The root as base64 DER, what Firefox's certificate store (nsIX509CertDB) takes. */
  get rootBase64(): string {
    return readFileSync(this.path('ca.pem'), 'utf8').replace(/-----[A-Z ]+-----|\s/g, '');
  }

  /** A certificate for `name`: valid now, or one that expired years ago. */
  issue(name: string, validity: 'valid' | 'expired'): TestCertificate {
    const file = `leaf-${++this.issued}`;
    this.openssl(
      ['req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'],
      ['-keyout', `${file}.key`, '-out', `${file}.csr`, '-subj', `/CN=${name}`, '-addext', `subjectAltName=DNS:${name}`],
    );
    const now = Date.now();
    const [from, to] = validity === 'valid' ? [now - DAY, now + 7 * DAY] : [Date.UTC(2020, 0, 1), Date.UTC(2020, 1, 1)];
    this.openssl(
      ['ca', '-config', 'ca.cnf', '-batch', '-notext', '-cert', 'ca.pem', '-keyfile', 'ca.key'],
      ['-in', `${file}.csr`, '-out', `${file}.pem`, '-startdate', opensslTime(new Date(from)), '-enddate', opensslTime(new Date(to))],
    );
    return { key: readFileSync(this.path(`${file}.key`), 'utf8'), cert: readFileSync(this.path(`${file}.pem`), 'utf8') };
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private path(file: string): string {
    return join(this.dir, file);
  }

  private openssl(...args: string[][]): void {
    execFileSync('openssl', args.flat(), { cwd: this.dir, stdio: ['ignore', 'ignore', 'pipe'] });
  }
}
