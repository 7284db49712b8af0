import type { Redis } from 'ioredis';
import { runRedisScript } from '../infra/run-redis-script.js';

/**
 * One limit to check: at most `limit` units per `windowMs` for `key`. The request counts `cost` against it (default:
 * the consume's `cost`).
 */
export interface RateLimit {
  key: string;
  limit: number;
  cost?: number;
}

/** The outcome of a consume: allowed, or which limit refused and when to retry. */
export type RateDecision = { allowed: true } | { allowed: false; key: string; limit: number; retryAfterMs: number };

/**
 * Weighted rate limits over a sliding window (approximated from the current and the previous fixed bucket, weighted
 * by how much of the previous one still lies in the window — no burst at bucket edges can pass twice the limit, and
 * memory is two counters per key). `consume` checks every limit and, only when all allow, adds each one's cost:
 * atomically in one Redis script when Redis is configured (shared by every instance), in process otherwise.
 *
 * @example
 * const limiter = createRateLimiter({ redis, prefix: 'sigmacode:rl', windowMs: 60_000 })
 * const decision = await limiter.consume({ limits: [{ key: 'org:1:rpm', limit: 600 }], cost: 1 })
 */
export interface RateLimiter {
  consume(input: { limits: readonly RateLimit[]; cost: number }): Promise<RateDecision>;
  /** Adds usage known only afterwards (tokens of an answer), without checking. */
  record(input: { keys: readonly string[]; cost: number }): Promise<void>;
}

const CONSUME_SCRIPT = `
local frac = tonumber(ARGV[1])
local ttl = tonumber(ARGV[2])
local n = #KEYS / 2
for i = 1, n do
  local current = tonumber(redis.call('GET', KEYS[2 * i - 1]) or '0')
  local previous = tonumber(redis.call('GET', KEYS[2 * i]) or '0')
  local limit = tonumber(ARGV[1 + 2 * i])
  local cost = tonumber(ARGV[2 + 2 * i])
  if previous * (1 - frac) + current + cost > limit then
    return i
  end
end
for i = 1, n do
  local cost = tonumber(ARGV[2 + 2 * i])
  if cost > 0 then
    redis.call('INCRBY', KEYS[2 * i - 1], cost)
    redis.call('PEXPIRE', KEYS[2 * i - 1], ttl)
  end
end
return 0
`;

const RECORD_SCRIPT = `
for i = 1, #KEYS do
  redis.call('INCRBY', KEYS[i], tonumber(ARGV[1]))
  redis.call('PEXPIRE', KEYS[i], tonumber(ARGV[2]))
end
return 0
`;

/** @example createRateLimiter({ redis: null, prefix: 'rl', windowMs: 60_000 }) */
export function createRateLimiter({
  redis,
  prefix,
  windowMs = 60_000,
  now = Date.now,
}: {
  redis: Redis | null;
  prefix: string;
  windowMs?: number;
  now?: () => number;
}): RateLimiter {
  const bucketOf = (at: number) => Math.floor(at / windowMs);
  const fractionOf = (at: number) => (at % windowMs) / windowMs;
  const retryAfter = (at: number) => windowMs - (at % windowMs);

  if (redis) {
    const keyOf = (key: string, bucket: number) => `${prefix}:${key}:${bucket}`;
    return {
      async consume({ limits, cost }) {
        if (limits.length === 0) return { allowed: true };
        const at = now();
        const bucket = bucketOf(at);
        const keys = limits.flatMap((limit) => [keyOf(limit.key, bucket), keyOf(limit.key, bucket - 1)]);
        const args = [
          String(fractionOf(at)),
          String(windowMs * 2),
          ...limits.flatMap((l) => [String(l.limit), String(l.cost ?? cost)]),
        ];
        const refused = Number(await runRedisScript({ redis, script: CONSUME_SCRIPT, keys, args }));
        const limit = limits[refused - 1];
        return limit
          ? { allowed: false, key: limit.key, limit: limit.limit, retryAfterMs: retryAfter(at) }
          : { allowed: true };
      },
      async record({ keys, cost }) {
        if (keys.length === 0 || cost <= 0) return;
        const bucket = bucketOf(now());
        await runRedisScript({
          redis,
          script: RECORD_SCRIPT,
          keys: keys.map((key) => keyOf(key, bucket)),
          args: [String(cost), String(windowMs * 2)],
        });
      },
    };
  }

  const counts = new Map<string, { bucket: number; current: number; previous: number }>();
  const entryOf = (key: string, bucket: number) => {
    let entry = counts.get(key);
    if (!entry) {
      entry = { bucket, current: 0, previous: 0 };
      counts.set(key, entry);
    } else if (entry.bucket !== bucket) {
      entry.previous = entry.bucket === bucket - 1 ? entry.current : 0;
      entry.current = 0;
      entry.bucket = bucket;
    }
    return entry;
  };
  let lastSweep = bucketOf(now());
  const sweep = (bucket: number) => {
    if (bucket === lastSweep) return;
    lastSweep = bucket;
    for (const [key, entry] of counts) if (entry.bucket < bucket - 1) counts.delete(key);
  };
  return {
    async consume({ limits, cost }) {
      const at = now();
      const bucket = bucketOf(at);
      sweep(bucket);
      const frac = fractionOf(at);
      const entries = limits.map((limit) => entryOf(limit.key, bucket));
      for (const [index, limit] of limits.entries()) {
        const entry = entries[index] as { current: number; previous: number };
        if (entry.previous * (1 - frac) + entry.current + (limit.cost ?? cost) > limit.limit) {
          return { allowed: false, key: limit.key, limit: limit.limit, retryAfterMs: retryAfter(at) };
        }
      }
      for (const [index, entry] of entries.entries()) entry.current += limits[index]?.cost ?? cost;
      return { allowed: true };
    },
    async record({ keys, cost }) {
      const bucket = bucketOf(now());
      for (const key of keys) entryOf(key, bucket).current += cost;
    },
  };
}
