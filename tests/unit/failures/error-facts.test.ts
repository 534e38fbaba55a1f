// The browsers' error lists kept as data: every listed error maps deliberately, the classifier
// follows the data, and nothing maps a name the data does not hold.
import { FAILURE_KINDS } from '@blocklens/vocabulary';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ERRORS } from '../../../lib/failures/chromium-errors';
import { errorFact, type ErrorFact } from '../../../lib/failures/error-facts';
import { FIREFOX_ERRORS } from '../../../lib/failures/firefox-errors';
import { isIgnorableError, KIND_PREFIXES, kindFromError } from '../../../lib/failures/kind-from-error';
import { LOCAL_PREFIXES, LOCAL_REASONS, localReason } from '../../../lib/failures/local-reason';
import { NSS_ERRORS, SENTENCE_LANGUAGES } from '../../../lib/failures/nss-errors';
import { tlsFault } from '../../../lib/failures/tls-fault';

const ALL: readonly ErrorFact[] = [...CHROMIUM_ERRORS, ...FIREFOX_ERRORS];
const TLS_KINDS = ['tls-failure', 'tls-cert-mismatch', 'tls-cert-untrusted'];

function duplicates<T>(values: readonly T[]): T[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

describe('the browsers’ error lists', () => {
  it('name each error once, in the browser’s own spelling, with its own number', () => {
    expect(duplicates(ALL.map((fact) => fact.name))).toEqual([]);
    for (const fact of CHROMIUM_ERRORS) {
      expect(fact.name, fact.name).toMatch(/^ERR_[A-Z0-9_]+$/);
      expect(Number.isInteger(fact.code) && fact.code < 0 && fact.code > -1000, fact.name).toBe(true);
    }
    for (const fact of FIREFOX_ERRORS) {
      expect(fact.name, fact.name).toMatch(/^NS_[A-Z0-9_]+$/);
      // A failure nsresult: the severity bit set, a module, a code.
      expect(Number.isInteger(fact.code) && fact.code >= 0x80000000 && fact.code <= 0xffffffff, fact.name).toBe(true);
    }
    expect(duplicates(CHROMIUM_ERRORS.map((fact) => fact.code))).toEqual([]);
    expect(duplicates(FIREFOX_ERRORS.map((fact) => fact.code))).toEqual([]);
  });

  it.each(ALL.map((fact) => [fact.name, fact] as const))('%s maps deliberately', (_name, fact) => {
    expect(FAILURE_KINDS).toContain(fact.kind);
    if (fact.kind === 'other') expect(fact.why.trim().length, 'other needs its reason').toBeGreaterThan(10);
    if (fact.ignore !== undefined) expect(fact.ignore.trim().length, 'ignoring needs its reason').toBeGreaterThan(5);
    if (fact.kind === 'local' && fact.local !== undefined) expect(LOCAL_REASONS).toContain(fact.local);
    if (fact.fault !== undefined) expect(TLS_KINDS).toContain(fact.kind);
    if (fact.midTransfer) expect(fact.kind).toBe('http-empty');
  });

  it.each(ALL.map((fact) => [fact.name, fact] as const))('%s: the classifier says what the data says', (name, fact) => {
    expect(kindFromError(name)).toBe(fact.kind);
    expect(localReason(name)).toBe(fact.kind === 'local' ? (fact.local ?? null) : null);
    expect(isIgnorableError(name)).toBe(fact.ignore !== undefined);
    expect(tlsFault(name)).toBe(fact.fault ?? null);
    if (name.startsWith('ERR_')) expect(kindFromError(`net::${name}`)).toBe(fact.kind);
  });

  it('list every error issue 11 measured', () => {
    const measured = [
      'ERR_SOCKET_NOT_CONNECTED',
      'ERR_CONNECTION_FAILED',
      'ERR_ADDRESS_INVALID',
      'ERR_TLS13_DOWNGRADE_DETECTED',
      'ERR_INVALID_ECH_CONFIG_LIST',
      'ERR_INVALID_RESPONSE',
      'ERR_INVALID_HTTP_RESPONSE',
      'ERR_RESPONSE_HEADERS_TRUNCATED',
      'ERR_INVALID_CHUNKED_ENCODING',
      'ERR_CONTENT_DECODING_FAILED',
      'ERR_HTTP2_PROTOCOL_ERROR',
      'ERR_HTTP2_PING_FAILED',
      'ERR_HTTP2_SERVER_REFUSED_STREAM',
      'ERR_HTTP2_STREAM_CLOSED',
      'ERR_HTTP_1_1_REQUIRED',
      'ERR_PROXY_CONNECTION_FAILED',
      'ERR_CACHED_IP_ADDRESS_SPACE_BLOCKED_BY_LOCAL_NETWORK_ACCESS_POLICY',
      'ERR_TEMPORARILY_THROTTLED',
      'ERR_SSL_VERSION_OR_CIPHER_MISMATCH',
      'ERR_HTTPS_PROXY_TUNNEL_RESPONSE_REDIRECT',
      'ERR_NO_SSL_VERSIONS_ENABLED',
      'ERR_BAD_SSL_CLIENT_AUTH_CERT',
      'ERR_DNS_CACHE_MISS',
      'ERR_DNS_REQUEST_CANCELLED',
      'ERR_DNS_NAME_HTTPS_ONLY',
      'ERR_DNS_SECURE_RESOLVER_HOSTNAME_RESOLUTION_FAILED',
      'ERR_CERT_DATABASE_CHANGED',
      'ERR_CERT_VERIFIER_CHANGED',
      'ERR_CONNECTION_CLOSED',
      'NS_ERROR_NET_TIMEOUT',
      'NS_ERROR_NET_INADEQUATE_SECURITY',
      'NS_ERROR_NET_PARTIAL_TRANSFER',
      'NS_ERROR_NET_HTTP2_SENT_GOAWAY',
      'NS_ERROR_PARSING_HTTP_STATUS_LINE',
      'NS_ERROR_CORRUPTED_CONTENT',
      'NS_ERROR_INVALID_CONTENT_ENCODING',
      'NS_ERROR_SOCKET_CREATE_FAILED',
      'NS_ERROR_SOCKET_ADDRESS_NOT_SUPPORTED',
      'NS_ERROR_SOCKET_ADDRESS_IN_USE',
    ];
    expect(measured.filter((name) => errorFact(name) === undefined)).toEqual([]);
    const clientAuth = CHROMIUM_ERRORS.filter((fact) => fact.name.startsWith('ERR_SSL_CLIENT_AUTH_'));
    expect(clientAuth.length).toBeGreaterThanOrEqual(6);
    for (const fact of clientAuth) expect(fact.kind, fact.name).toBe('other');
  });

  it('hold no name the browsers no longer have', () => {
    for (const gone of ['ERR_SSL_OBSOLETE_VERSION_OR_CIPHER', 'ERR_HTTPS_PROXY_TUNNEL_RESPONSE', 'ERR_BLOCKED_ENROLLMENT_CHECK_PENDING']) {
      expect(errorFact(gone), gone).toBeUndefined();
    }
  });

  it('keep prefix rules to names the data does not know', () => {
    // Every listed name of a prefix's family is mapped in the data; the prefix only decides new names.
    for (const [prefix] of [...KIND_PREFIXES, ...LOCAL_PREFIXES]) {
      expect(ALL.some((fact) => fact.name.startsWith(prefix)), prefix).toBe(true);
    }
    expect(kindFromError('net::ERR_DNS_CACHE_MISS')).not.toBe('dns-failure');
    expect(kindFromError('net::ERR_CERT_DATABASE_CHANGED')).not.toBe('tls-cert-untrusted');
  });
});

describe('the NSS errors behind Firefox’s TLS sentences', () => {
  it('name each error once, with NSS’s own number', () => {
    expect(duplicates(NSS_ERRORS.map((error) => error.name))).toEqual([]);
    expect(duplicates(NSS_ERRORS.map((error) => error.code))).toEqual([]);
    for (const error of NSS_ERRORS) {
      const [base] = /^(SEC|SSL|MOZILLA_PKIX)_ERROR_/.exec(error.name) ?? [];
      expect(base, error.name).toBeDefined();
      const range = { SEC_ERROR_: [-8192, -7192], SSL_ERROR_: [-12288, -11288], MOZILLA_PKIX_ERROR_: [-16384, -15384] }[base!]!;
      expect(error.code >= range[0]! && error.code < range[1]!, error.name).toBe(true);
    }
  });

  it.each(NSS_ERRORS.map((error) => [error.name, error] as const))('%s maps deliberately, with words in every language', (_name, error) => {
    expect(FAILURE_KINDS).toContain(error.kind);
    if (error.kind === 'other') expect(error.why?.length ?? 0).toBeGreaterThan(10);
    if (error.fault !== undefined) expect(TLS_KINDS).toContain(error.kind);
    expect(Object.keys(error.words).sort()).toEqual([...SENTENCE_LANGUAGES].sort());
    // English always: Firefox shows it where a language has no sentence of its own.
    expect(error.words.en.length).toBeGreaterThan(0);
    for (const language of SENTENCE_LANGUAGES) {
      for (const words of error.words[language]) expect(words.trim().length, `${language}: "${words}"`).toBeGreaterThan(4);
    }
  });
});
