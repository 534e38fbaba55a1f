// Environment variables to settings: defaults, values, and refusals that name the variable.
import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/config';

describe('readConfig', () => {
  it('defaults to PGlite in ./collector-data on 127.0.0.1:8787, k = 3', () => {
    expect(readConfig({})).toEqual({
      port: 8787,
      host: '127.0.0.1',
      databaseUrl: null,
      databasePoolSize: 10,
      dataDir: './collector-data',
      statsK: 3,
      rateLimitPerMinute: 120,
      corsOrigins: ['chrome-extension://*', 'moz-extension://*'],
      retentionDays: 90,
    });
  });

  it('reads every variable', () => {
    const config = readConfig({
      PORT: '9000',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://u:p@db/reports',
      DATABASE_POOL_SIZE: '20',
      COLLECTOR_DATA_DIR: '/var/lib/collector',
      STATS_K: '5',
      RATE_LIMIT: '0',
      CORS_ORIGINS: 'chrome-extension://abc, moz-extension://*',
      RETENTION_DAYS: '0',
    });
    expect(config).toEqual({
      port: 9000,
      host: '0.0.0.0',
      databaseUrl: 'postgres://u:p@db/reports',
      databasePoolSize: 20,
      dataDir: '/var/lib/collector',
      statsK: 5,
      rateLimitPerMinute: 0,
      corsOrigins: ['chrome-extension://abc', 'moz-extension://*'],
      retentionDays: 0,
    });
    expect(readConfig({ CORS_ORIGINS: '' }).corsOrigins).toEqual([]);
  });

  it.each([
    ['PORT', '65536'],
    ['PORT', 'http'],
    ['STATS_K', '0'],
    ['RATE_LIMIT', '-1'],
    ['DATABASE_POOL_SIZE', '1.5'],
    ['RETENTION_DAYS', '-3'],
  ])('refuses %s=%s, naming it', (name, value) => {
    expect(() => readConfig({ [name]: value })).toThrow(new RegExp(`^${name} must be an integer`));
  });
});
