import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createRateLimiter, type RateLimiter } from './rate-limiter.js';

const redisUrl = process.env.TEST_REDIS_URL;
const clients: Redis[] = [];
afterAll(async () => {
  for (const client of clients) await client.quit();
});

const backends: { name: string; make: (now: () => number) => RateLimiter }[] = [
  { name: 'in process', make: (now) => createRateLimiter({ redis: null, prefix: 'rl', windowMs: 60_000, now }) },
];
if (redisUrl) {
  backends.push({
    name: 'Redis',
    make: (now) => {
      const redis = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 1 });
      clients.push(redis);
      return createRateLimiter({ redis, prefix: `test-rl-${randomUUID()}`, windowMs: 60_000, now });
    },
  });
}

describe.each(backends)('rate limiter ($name)', ({ make }) => {
  it('allows up to the limit in a window and then says when to retry', async () => {
    let at = 1_800_000_000_000; // a bucket boundary (divisible by 60,000)
    const limiter = make(() => at);
    for (let i = 0; i < 5; i += 1) {
      expect(await limiter.consume({ limits: [{ key: 'k', limit: 5 }], cost: 1 })).toEqual({ allowed: true });
    }
    at += 15_000;
    expect(await limiter.consume({ limits: [{ key: 'k', limit: 5 }], cost: 1 })).toEqual({
      allowed: false,
      key: 'k',
      limit: 5,
      retryAfterMs: 45_000,
    });
  });

  it('weighs the previous window by how much of it still counts (no double burst at the edge)', async () => {
    let at = 1_800_000_060_000 - 1;
    const limiter = make(() => at);
    const limits = [{ key: 'edge', limit: 10 }];
    expect((await limiter.consume({ limits, cost: 10 })).allowed).toBe(true);
    at += 1; // next bucket starts: the previous 10 still count fully
    expect((await limiter.consume({ limits, cost: 1 })).allowed).toBe(false);
    at += 30_000; // half of the previous bucket is still in the window: 5 of 10
    expect((await limiter.consume({ limits, cost: 5 })).allowed).toBe(true);
    expect((await limiter.consume({ limits, cost: 1 })).allowed).toBe(false);
  });

  it('consumes all limits or none, and records usage known afterwards', async () => {
    const at = 1_800_000_120_000;
    const limiter = make(() => at);
    const both = [
      { key: 'user', limit: 100 },
      { key: 'org', limit: 3 },
    ];
    expect((await limiter.consume({ limits: both, cost: 3 })).allowed).toBe(true);
    expect(await limiter.consume({ limits: both, cost: 1 })).toMatchObject({ allowed: false, key: 'org' });
    // The refused call did not count against the user.
    expect((await limiter.consume({ limits: [{ key: 'user', limit: 3 }], cost: 0 })).allowed).toBe(true);
    await limiter.record({ keys: ['user'], cost: 97 });
    expect(await limiter.consume({ limits: [{ key: 'user', limit: 100 }], cost: 1 })).toMatchObject({ allowed: false });
  });

  it('counts each limit its own cost: requests and tokens in one check, all or nothing', async () => {
    const at = 1_800_000_240_000;
    const limiter = make(() => at);
    const call = (tokens: number) =>
      limiter.consume({
        limits: [
          { key: 'caller:rpm', limit: 10 },
          { key: 'org:tpm', limit: 1_000, cost: tokens },
        ],
        cost: 1,
      });
    expect((await call(600)).allowed).toBe(true);
    expect(await call(500)).toMatchObject({ allowed: false, key: 'org:tpm', limit: 1_000 });
    // The refused call counted neither its request nor its tokens: 9 more requests of 40 tokens fit exactly.
    for (let i = 0; i < 9; i += 1) expect((await call(40)).allowed).toBe(true);
    expect(await call(1)).toMatchObject({ allowed: false, key: 'caller:rpm' });
    expect((await limiter.consume({ limits: [{ key: 'org:tpm', limit: 960, cost: 0 }], cost: 1 })).allowed).toBe(true);
    expect((await limiter.consume({ limits: [{ key: 'org:tpm', limit: 959, cost: 0 }], cost: 1 })).allowed).toBe(false);
  });

  it('counts concurrent callers exactly', async () => {
    const limiter = make(() => 1_800_000_180_000);
    const results = await Promise.all(
      Array.from({ length: 50 }, () => limiter.consume({ limits: [{ key: 'burst', limit: 20 }], cost: 1 })),
    );
    expect(results.filter((result) => result.allowed)).toHaveLength(20);
  });
});
