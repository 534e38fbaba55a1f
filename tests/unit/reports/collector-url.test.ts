import { describe, expect, it } from 'vitest';
import { isAllowedCollectorUrl, reportsEndpoint, statsEndpoint } from '../../../lib/reports/collector-url';

describe('isAllowedCollectorUrl', () => {
  it.each([
    'https://collector.example.org',
    'https://collector.example.org/base/',
    'https://collector.example.org:8443',
    'http://127.0.0.1:8080',
    'http://127.0.0.1:8080/c',
    'http://localhost:3000',
    'http://LOCALHOST:3000',
  ])('allows %s', (url) => {
    expect(isAllowedCollectorUrl(url)).toBe(true);
  });

  it.each([
    'http://collector.example.org',
    'http://192.168.1.10:8080',
    'http://10.0.0.1',
    'http://128.0.0.1',
    'http://127.8.9.10:8080',
    'http://localhost.example.org',
    'http://[::2]:3000',
    'http://[::1]:3000',
    'ftp://collector.example.org',
    'https://user:secret@collector.example.org',
    'https://collector.example.org/?key=1',
    'https://collector.example.org/#x',
    'collector.example.org',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedCollectorUrl(url)).toBe(false);
  });
});

describe('reportsEndpoint and statsEndpoint', () => {
  it('append the API path once, whatever the trailing slashes', () => {
    expect(reportsEndpoint('https://c.example.org')).toBe('https://c.example.org/v1/reports');
    expect(reportsEndpoint('https://c.example.org/base//')).toBe('https://c.example.org/base/v1/reports');
    expect(statsEndpoint('https://c.example.org/base/', '1a2b')).toBe('https://c.example.org/base/v1/stats/1a2b');
  });
});
