// What the remapped errors of issue 11 lead to, through the observation and the rules table: the
// verdict a person sees, not only the kind.
import type { Cause, Confidence, FailureKind, Mechanism } from '@blocklens/vocabulary';
import { describe, expect, it } from 'vitest';
import { explain } from '../../../lib/explain/explain';
import { observeError } from '../../../lib/observe/observe-request';
import type { ErrorDetails } from '../../../lib/observe/request-details';
import { hit, hits, hostFacts } from '../helpers/host-facts';

const listed = hits({ host: [hit('list-domain', 'telegram.org')] });
const unlisted = hits();

const failed = (error: string): ErrorDetails => ({
  requestId: '1',
  tabId: 1,
  url: 'https://telegram.org/',
  type: 'main_frame',
  error,
  timeStamp: 1000,
});

/** The explanation of one host whose page failed with `error` alone. */
function explained(error: string, listHits = unlisted): [FailureKind, Cause, Mechanism, Confidence] {
  const observed = observeError(failed(error));
  if (observed === null) throw new Error(`${error} was not observed`);
  const { kind, cause, mechanism, confidence } = explain(hostFacts([observed.kind], { errors: [error] }), listHits);
  return [kind, cause, mechanism, confidence];
}

describe('issue 11 errors, explained', () => {
  it.each([
    // A FIN or a vanished socket before any answer is a cut connection, as a reset is.
    ['net::ERR_CONNECTION_CLOSED', ['tcp-reset', 'suspected', 'dpi', 'low']],
    ['net::ERR_SOCKET_NOT_CONNECTED', ['tcp-reset', 'suspected', 'dpi', 'low']],
    // Outdated TLS is the site's own fault, not interference.
    ['net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH', ['tls-failure', 'site-problem', 'none', 'medium']],
    ['NS_ERROR_NET_INADEQUATE_SECURITY', ['tls-failure', 'site-problem', 'none', 'medium']],
    // Firefox in Russian: an expired certificate is the site's, a wrong name looks substituted.
    ['Сертификат узла истёк.', ['tls-cert-untrusted', 'site-problem', 'none', 'medium']],
    [
      'Не удалось установить защищённое соединение с этим узлом: запрошенное имя домена не соответствует указанному в сертификате сервера.',
      ['tls-cert-mismatch', 'suspected', 'tls', 'low'],
    ],
    // Stopped on this device.
    ['net::ERR_CERT_DATABASE_CHANGED', ['local', 'local', 'none', 'high']],
    ['net::ERR_NO_SSL_VERSIONS_ENABLED', ['local', 'local', 'none', 'high']],
  ] as const)('unlisted host, %s', (error, expected) => {
    expect(explained(error)).toEqual(expected);
  });

  it.each([
    // The client certificate the site refused is no sign of how it is blocked.
    ['net::ERR_BAD_SSL_CLIENT_AUTH_CERT', ['other', 'listed', 'unknown', 'medium']],
    // The DNS-over-HTTPS resolver's own name failed, not the site's.
    ['net::ERR_DNS_SECURE_RESOLVER_HOSTNAME_RESOLUTION_FAILED', ['other', 'listed', 'unknown', 'medium']],
    ['net::ERR_CERT_VERIFIER_CHANGED', ['local', 'local', 'none', 'high']],
    // A damaged answer or a broken HTTP/2 stream of a listed host: cut after connecting.
    ['net::ERR_HTTP2_PROTOCOL_ERROR', ['http-empty', 'listed', 'dpi', 'high']],
    ['NS_ERROR_PARSING_HTTP_STATUS_LINE', ['http-empty', 'listed', 'dpi', 'high']],
    // A wrong-name certificate for a listed host, in Russian: a filter answered in its place.
    [
      'Не удалось установить защищённое соединение с этим узлом: запрошенное имя домена не соответствует указанному в сертификате сервера.',
      ['tls-cert-mismatch', 'listed', 'tls', 'high'],
    ],
  ] as const)('listed host, %s', (error, expected) => {
    expect(explained(error, listed)).toEqual(expected);
  });

  it.each(['net::ERR_DNS_CACHE_MISS', 'net::ERR_DNS_REQUEST_CANCELLED', 'net::ERR_DNS_NAME_HTTPS_ONLY'])(
    '%s is no failure of the site',
    (error) => {
      expect(observeError(failed(error))).toBeNull();
    },
  );
});
