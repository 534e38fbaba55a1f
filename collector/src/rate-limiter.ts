// Requests per minute per client, as token buckets held only in memory: nothing about a client
// outlives the minute it takes its bucket to refill.

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  take(client: string): RateDecision;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A client may burst up to `perMinute` requests, then gets one more every `60 / perMinute` seconds.
 * At most `maxClients` buckets are kept; past that, full buckets (clients quiet for a minute) go
 * first, then the oldest.
 */
export function createRateLimiter(perMinute: number, now: () => number = Date.now, maxClients = 100_000): RateLimiter {
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, Bucket>();

  const level = (bucket: Bucket, time: number) => Math.min(perMinute, bucket.tokens + (time - bucket.at) * perMs);

  const evict = (time: number) => {
    for (const [client, bucket] of buckets) if (level(bucket, time) >= perMinute) buckets.delete(client);
    for (const client of buckets.keys()) {
      if (buckets.size < maxClients) break;
      buckets.delete(client);
    }
  };

  return {
    take(client) {
      if (perMinute === 0) return { allowed: true };
      const time = now();
      const bucket = buckets.get(client);
      const tokens = bucket === undefined ? perMinute : level(bucket, time);
      if (tokens < 1) return { allowed: false, retryAfterSeconds: Math.ceil((1 - tokens) / perMs / 1000) };
      if (bucket === undefined && buckets.size >= maxClients) evict(time);
      buckets.set(client, { tokens: tokens - 1, at: time });
      return { allowed: true };
    },
  };
}
