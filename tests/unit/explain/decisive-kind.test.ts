import { FAILURE_KINDS } from '@blocklens/vocabulary';
import { describe, expect, it } from 'vitest';
import { decisiveKind, KIND_SEVERITY } from '../../../lib/explain/decisive-kind';

describe('decisiveKind', () => {
  it('orders every kind of the vocabulary exactly once', () => {
    expect([...KIND_SEVERITY].sort()).toEqual([...FAILURE_KINDS].sort());
  });

  it.each([
    [{ 'http-error': 3, 'tcp-reset': 1 }, 'tcp-reset'],
    [{ 'tcp-reset': 2, 'http-blockpage': 1 }, 'http-blockpage'],
    [{ 'dns-nxdomain': 1, 'http-451': 1 }, 'http-451'],
    [{ 'tcp-refused': 5, 'dns-sinkhole': 1 }, 'dns-sinkhole'],
    [{ 'tls-failure': 1, 'tls-cert-mismatch': 1 }, 'tls-cert-mismatch'],
    [{ 'tcp-refused': 1, 'http-error': 1 }, 'tcp-refused'],
    [{ local: 4, other: 1 }, 'local'],
    [{ other: 1 }, 'other'],
    [{ 'tcp-reset': 0, 'http-error': 1 }, 'http-error'],
    [{}, 'other'],
  ] as const)('%o -> %s', (kinds, kind) => {
    expect(decisiveKind(kinds)).toBe(kind);
  });
});
