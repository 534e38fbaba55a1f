// The collector's settings, all from environment variables (documented in collector/README.md).

export interface CollectorConfig {
  port: number;
  host: string;
  /** A PostgreSQL server; null runs the embedded PGlite in `dataDir`. */
  databaseUrl: string | null;
  /** Connections the PostgreSQL pool may open. */
  databasePoolSize: number;
  dataDir: string;
  /** A domain's counts are shown only once it has at least this many reports (k-anonymity). */
  statsK: number;
  /** Requests a minute per client address; 0 turns rate limiting off. */
  rateLimitPerMinute: number;
  /** Origins allowed to call the API from a browser; `*` stands for one extension id. */
  corsOrigins: string[];
  /** Reports older than this many days (by their hour) are deleted; 0 keeps them forever. */
  retentionDays: number;
}

export const DEFAULT_CORS_ORIGINS = ['chrome-extension://*', 'moz-extension://*'];

type Env = Record<string, string | undefined>;

/** Throws with the variable's name when a value is malformed, so a typo stops the start-up. */
export function readConfig(env: Env): CollectorConfig {
  return {
    port: integer(env, 'PORT', 8787, 0, 65_535),
    host: text(env, 'HOST', '127.0.0.1'),
    databaseUrl: env.DATABASE_URL || null,
    databasePoolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 1_000),
    dataDir: text(env, 'COLLECTOR_DATA_DIR', './collector-data'),
    statsK: integer(env, 'STATS_K', 3, 1, 1_000_000),
    rateLimitPerMinute: integer(env, 'RATE_LIMIT', 120, 0, 1_000_000_000),
    corsOrigins: env.CORS_ORIGINS === undefined ? DEFAULT_CORS_ORIGINS : list(env.CORS_ORIGINS),
    retentionDays: integer(env, 'RETENTION_DAYS', 90, 0, 36_500),
  };
}

function text(env: Env, name: string, fallback: string): string {
  const value = env[name];
  return value === undefined || value === '' ? fallback : value;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const number = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(number >= min && number <= max)) throw new Error(`${name} must be an integer from ${min} to ${max}, not "${value}"`);
  return number;
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
