import { CAUSES, CONFIDENCES, FAILURE_KINDS, MECHANISMS } from '@blocklens/vocabulary';
import { describe, expect, it } from 'vitest';
import { labelFor } from '../../../lib/explain/describe-finding';
import { messagesTranslate } from '../helpers/messages-translate';

const families = [
  ['cause', CAUSES],
  ['mechanism', MECHANISMS],
  ['confidence', CONFIDENCES],
  ['kind', FAILURE_KINDS],
] as const;

describe.each([['en'], ['ru']] as const)('labels in %s', (locale) => {
  const t = messagesTranslate(locale);

  it.each(families)('every %s code has its own label', (family, codes) => {
    const labels = codes.map((code) => labelFor(family, code as never, t));
    for (const label of labels) expect(label.trim()).not.toBe('');
    expect(new Set(labels).size).toBe(codes.length);
  });
});

describe('labelFor', () => {
  it('reads the key of the code with dashes as underscores', () => {
    const t = messagesTranslate('en');
    expect(labelFor('cause', 'site-problem', t)).toBe(t('cause_site_problem'));
    expect(labelFor('kind', 'tls-cert-mismatch', t)).toBe(t('kind_tls_cert_mismatch'));
    expect(labelFor('kind', 'http-451', t)).toBe('HTTP 451');
  });
});
