import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { runRedisScript } from './run-redis-script.js';

/** How many events a key has in the window, and when the oldest of them leaves it. */
export interface WindowCount {
  count: number;
  /** Milliseconds until the oldest event in the window expires; 0 when there is none. */
  retryAfterMs: number;
}

/**
 * Counts events per key over a sliding window (the last windowMs milliseconds, not fixed buckets), so a burst at a
 * bucket edge cannot get twice the limit through.
 */
export interface WindowCounter {
  /** Records one event for key and returns how many events the key has in the last windowMs (including this one). */
  hit(options: { key: string; windowMs: number }): Promise<WindowCount>;
  /** Counts without recording. retryAfterMs: time until the oldest event in the window expires (0 when count is 0). */
  peek(options: { key: string; windowMs: number }): Promise<WindowCount>;
  reset(key: string): Promise<void>;
}

/** Keys the in-process counter keeps at most; beyond it, the least recently hit keys are forgotten first. */
const DEFAULT_MAX_KEYS = 100_000;
/** How often the in-process counter drops keys whose events have all expired. */
const SWEEP_INTERVAL_MS = 60_000;

/**
 * A sliding-window counter: in Redis when configured, so every instance of the server sees the same counts; in this
 * process otherwise (one instance, development, tests).
 *
 * @example
 * const counter = createWindowCounter({ redis, prefix: 'sigmacode:sign-in' })
 * const { count } = await counter.hit({ key: 'ip:203.0.113.7', windowMs: 15 * 60_000 })
 */
export function createWindowCounter({
  redis,
  prefix,
  now = Date.now,
  maxKeys = DEFAULT_MAX_KEYS,
}: {
  redis: Redis | null;
  /** Namespaces the keys, e.g. 'sigmacode:sign-in'; the Redis key is `${prefix}:${key}`. */
  prefix: string;
  /** The clock; tests pass a fake one. */
  now?: () => number;
  /** In-process only: how many keys to keep at most. */
  maxKeys?: number;
}): WindowCounter {
  return redis ? redisWindowCounter({ redis, prefix, now }) : memoryWindowCounter({ now, maxKeys });
}

// One script per operation keeps each read-modify-write atomic, so concurrent hits from many instances each see
// a distinct count. Events are members of a sorted set scored by their time; members are unique so two events in
// the same millisecond both count. PEXPIRE lets Redis drop a key once its newest event has left the window.
const HIT_SCRIPT = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return { redis.call('ZCARD', KEYS[1]), oldest[2] or false }
`;

const PEEK_SCRIPT = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return { redis.call('ZCARD', KEYS[1]), oldest[2] or false }
`;

function redisWindowCounter({
  redis,
  prefix,
  now,
}: {
  redis: Redis;
  prefix: string;
  now: () => number;
}): WindowCounter {
  const keyOf = (key: string) => `${prefix}:${key}`;

  async function count({
    script,
    key,
    windowMs,
    extra = [],
  }: {
    script: string;
    key: string;
    windowMs: number;
    extra?: string[];
  }): Promise<WindowCount> {
    const at = now();
    const reply = await runRedisScript({
      redis,
      script,
      keys: [keyOf(key)],
      args: [String(at), String(windowMs), ...extra],
    });
    return windowCountOf({ reply, at, windowMs });
  }

  return {
    hit: ({ key, windowMs }) => count({ script: HIT_SCRIPT, key, windowMs, extra: [randomUUID()] }),
    peek: ({ key, windowMs }) => count({ script: PEEK_SCRIPT, key, windowMs }),
    async reset(key) {
      await redis.del(keyOf(key));
    },
  };
}

/** The script's `{ count, oldestScore | nil }` reply as a WindowCount. */
function windowCountOf({ reply, at, windowMs }: { reply: unknown; at: number; windowMs: number }): WindowCount {
  if (!Array.isArray(reply)) throw new Error('window counter: unexpected reply from Redis');
  const count = Number(reply[0]);
  const oldest = reply[1] == null ? Number.NaN : Number(reply[1]);
  if (!Number.isInteger(count) || count === 0 || Number.isNaN(oldest)) return { count: 0, retryAfterMs: 0 };
  return { count, retryAfterMs: Math.max(0, oldest + windowMs - at) };
}

interface MemoryEntry {
  /** Event times, oldest first. */
  times: number[];
  /** The window of the last call, so the sweep knows when the entry has expired. */
  windowMs: number;
}

function memoryWindowCounter({ now, maxKeys }: { now: () => number; maxKeys: number }): WindowCounter {
  // Map keeps insertion order; re-inserting on every hit makes the first keys the least recently hit ones.
  const entries = new Map<string, MemoryEntry>();
  let lastSweep = now();

  function prune(entry: MemoryEntry, at: number): void {
    const cutoff = at - entry.windowMs;
    let expired = 0;
    while (expired < entry.times.length && (entry.times[expired] ?? Number.POSITIVE_INFINITY) <= cutoff) expired++;
    if (expired > 0) entry.times.splice(0, expired);
  }

  function countOf(entry: MemoryEntry | undefined, at: number): WindowCount {
    const oldest = entry?.times[0];
    if (!entry || oldest === undefined) return { count: 0, retryAfterMs: 0 };
    return { count: entry.times.length, retryAfterMs: Math.max(0, oldest + entry.windowMs - at) };
  }

  /**
   * Keeps memory bounded without a timer (nothing to stop at shutdown): every minute a hit drops the keys whose
   * events have all expired, and a new key beyond maxKeys evicts the least recently hit one. An attacker cycling
   * through keys therefore evicts cold keys, never the ones it keeps hitting.
   */
  function makeRoom({ key, at }: { key: string; at: number }): void {
    if (at - lastSweep >= SWEEP_INTERVAL_MS) {
      lastSweep = at;
      for (const [candidate, entry] of entries) {
        prune(entry, at);
        if (entry.times.length === 0) entries.delete(candidate);
      }
    }
    if (entries.has(key)) return;
    for (const coldest of entries.keys()) {
      if (entries.size < maxKeys) break;
      entries.delete(coldest);
    }
  }

  function entryOf({ key, windowMs, at }: { key: string; windowMs: number; at: number }): MemoryEntry | undefined {
    const entry = entries.get(key);
    if (!entry) return undefined;
    entry.windowMs = windowMs;
    prune(entry, at);
    if (entry.times.length === 0) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  }

  return {
    async hit({ key, windowMs }) {
      const at = now();
      const entry = entryOf({ key, windowMs, at }) ?? { times: [], windowMs };
      makeRoom({ key, at });
      // A clock that steps back must not break the ordering prune relies on.
      const last = entry.times.at(-1);
      entry.times.push(last !== undefined && last > at ? last : at);
      entries.delete(key);
      entries.set(key, entry);
      return countOf(entry, at);
    },
    async peek({ key, windowMs }) {
      const at = now();
      return countOf(entryOf({ key, windowMs, at }), at);
    },
    async reset(key) {
      entries.delete(key);
    },
  };
}
