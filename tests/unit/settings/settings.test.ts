import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normaliseSettings } from '../../../lib/settings/settings';

describe('normaliseSettings', () => {
  it('has everything that sends a byte off by default', () => {
    const settings = normaliseSettings(undefined);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect([settings.reports.enabled, settings.crowd.enabled, settings.doh.enabled]).toEqual([false, false, false]);
  });

  it('keeps valid stored values', () => {
    const stored = {
      reports: { enabled: true, collectorUrl: 'https://collector.example/', country: 'RU' },
      crowd: { enabled: true },
      doh: { enabled: true, resolver: 'https://dns.example/dns-query', format: 'json' },
    };
    expect(normaliseSettings(stored)).toEqual(stored);
  });

  it('allows plain HTTP only on loopback', () => {
    const loopback = normaliseSettings({ reports: { enabled: true, collectorUrl: 'http://127.0.0.1:8080' } });
    expect(loopback.reports).toMatchObject({ enabled: true, collectorUrl: 'http://127.0.0.1:8080' });
    const remote = normaliseSettings({ reports: { enabled: true, collectorUrl: 'http://collector.example' } });
    expect(remote.reports).toMatchObject({ enabled: false, collectorUrl: '' });
  });

  it('replaces values that do not fit with their defaults', () => {
    const settings = normaliseSettings({
      reports: { enabled: 'yes', collectorUrl: 42, country: 'Russia' },
      crowd: null,
      doh: { enabled: 1, resolver: 'ftp://dns.example', format: 'xml' },
    });
    expect(settings).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps reporting off while there is no collector to send to', () => {
    expect(normaliseSettings({ reports: { enabled: true, collectorUrl: '' } }).reports.enabled).toBe(false);
  });
});
