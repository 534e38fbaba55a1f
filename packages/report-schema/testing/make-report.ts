// Builds valid reports for tests, each with a fresh id.
import { randomUUID } from 'node:crypto';
import type { Report } from '../src/report';

export function makeReport(overrides: Partial<Report> = {}): Report {
  return {
    id: randomUUID(),
    hour: '2026-11-24T16:00:00Z',
    domain: 'blocked.ru',
    kind: 'tcp-reset',
    cause: 'listed',
    mechanism: 'dpi',
    confidence: 'high',
    list: [{ list: 'ru-registry', authority: 'Роскомнадзор', decision: '2-1779/2018', date: '2018-04-13' }],
    count: 1,
    ...overrides,
  };
}
