import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWindowCounter, type WindowCounter } from './window-counter.js';

const REDIS_URL = process.env.TEST_REDIS_URL;
const MINUTE = 60_000;

/** A clock that moves only when told to. */
function fakeClock(start = 1_700_000_000_000) {
  let time = start;
  return {
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
  };
}

/** The behaviour both variants share; `make` builds a counter on a fresh prefix with the given clock. */
function behavesLikeAWindowCounter(make: (now: () => number) => WindowCounter) {
  it('counts the hits of a key in the window and says when the oldest one expires', async () => {
    const clock = fakeClock();
    const counter = make(clock.now);
    expect(await counter.hit({ key: 'a', windowMs: MINUTE })).toEqual({ count: 1, retryAfterMs: MINUTE });
    clock.advance(10_000);
    expect(await counter.hit({ key: 'a', windowMs: MINUTE })).toEqual({ count: 2, retryAfterMs: 50_000 });
  });

  it('peeks without recording', async () => {
    const clock = fakeClock();
    const counter = make(clock.now);
    await counter.hit({ key: 'a', windowMs: MINUTE });
    clock.advance(15_000);
    expect(await counter.peek({ key: 'a', windowMs: MINUTE })).toEqual({ count: 1, retryAfterMs: 45_000 });
    expect(await counter.peek({ key: 'a', windowMs: MINUTE })).toEqual({ count: 1, retryAfterMs: 45_000 });
  });

  it('answers zero with no wait for a key it has never seen', async () => {
    const counter = make(fakeClock().now);
    expect(await counter.peek({ key: 'never', windowMs: MINUTE })).toEqual({ count: 0, retryAfterMs: 0 });
  });

  it('slides: each hit leaves the window windowMs after it happened', async () => {
    const clock = fakeClock();
    const counter = make(clock.now);
    await counter.hit({ key: 'a', windowMs: MINUTE });
    clock.advance(30_000);
    await counter.hit({ key: 'a', windowMs: MINUTE });
    clock.advance(30_000);
    expect(await counter.peek({ key: 'a', windowMs: MINUTE })).toEqual({ count: 1, retryAfterMs: 30_000 });
    clock.advance(30_000);
    expect(await counter.peek({ key: 'a', windowMs: MINUTE })).toEqual({ count: 0, retryAfterMs: 0 });
    expect(await counter.hit({ key: 'a', windowMs: MINUTE })).toEqual({ count: 1, retryAfterMs: MINUTE });
  });

  it('keeps keys apart and resets one key only', async () => {
    const counter = make(fakeClock().now);
    await counter.hit({ key: 'a', windowMs: MINUTE });
    await counter.hit({ key: 'a', windowMs: MINUTE });
    await counter.hit({ key: 'b', windowMs: MINUTE });
    await counter.reset('a');
    expect((await counter.peek({ key: 'a', windowMs: MINUTE })).count).toBe(0);
    expect((await counter.peek({ key: 'b', windowMs: MINUTE })).count).toBe(1);
  });

  it('counts 50 concurrent hits in the same millisecond as 50, each seeing a distinct count', async () => {
    const counter = make(fakeClock().now);
    const results = await Promise.all(
      Array.from({ length: 50 }, () => counter.hit({ key: 'burst', windowMs: MINUTE })),
    );
    expect(results.map((result) => result.count).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 50 }, (_, index) => index + 1),
    );
    expect((await counter.peek({ key: 'burst', windowMs: MINUTE })).count).toBe(50);
  });
}

describe('createWindowCounter in this process (no Redis)', () => {
  behavesLikeAWindowCounter((now) => createWindowCounter({ redis: null, prefix: 'test', now }));

  it('holds at most maxKeys keys, forgetting the least recently hit first', async () => {
    const counter = createWindowCounter({ redis: null, prefix: 'test', now: fakeClock().now, maxKeys: 3 });
    for (const key of ['a', 'b', 'c', 'a', 'd']) await counter.hit({ key, windowMs: MINUTE });
    expect((await counter.peek({ key: 'b', windowMs: MINUTE })).count).toBe(0);
    expect((await counter.peek({ key: 'a', windowMs: MINUTE })).count).toBe(2);
    expect((await counter.peek({ key: 'c', windowMs: MINUTE })).count).toBe(1);
    expect((await counter.peek({ key: 'd', windowMs: MINUTE })).count).toBe(1);
  });

  it('keeps counting correctly when the clock steps back', async () => {
    const clock = fakeClock();
    const counter = createWindowCounter({ redis: null, prefix: 'test', now: clock.now });
    await counter.hit({ key: 'a', windowMs: MINUTE });
    clock.advance(-5_000);
    expect((await counter.hit({ key: 'a', windowMs: MINUTE })).count).toBe(2);
  });
});

describe.runIf(REDIS_URL)('createWindowCounter in Redis', () => {
  const prefix = `test:window-counter:${randomUUID()}`;
  let redis: Redis;
  let run = 0;

  beforeAll(async () => {
    redis = new Redis(REDIS_URL ?? '', { maxRetriesPerRequest: 1 });
    await redis.ping();
  });

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  // A prefix per counter, so the tests sharing this Redis never see each other's keys.
  behavesLikeAWindowCounter((now) => createWindowCounter({ redis, prefix: `${prefix}:${++run}`, now }));

  it('shares counts between instances through Redis', async () => {
    const other = new Redis(REDIS_URL ?? '', { maxRetriesPerRequest: 1 });
    try {
      const first = createWindowCounter({ redis, prefix: `${prefix}:shared` });
      const second = createWindowCounter({ redis: other, prefix: `${prefix}:shared` });
      await first.hit({ key: 'ip:203.0.113.7', windowMs: MINUTE });
      expect((await second.hit({ key: 'ip:203.0.113.7', windowMs: MINUTE })).count).toBe(2);
      await second.reset('ip:203.0.113.7');
      expect((await first.peek({ key: 'ip:203.0.113.7', windowMs: MINUTE })).count).toBe(0);
    } finally {
      await other.quit();
    }
  });

  it('forgets hits after the window in real time, and lets Redis expire the idle key', async () => {
    const counter = createWindowCounter({ redis, prefix: `${prefix}:real-time` });
    await counter.hit({ key: 'a', windowMs: 200 });
    const second = await counter.hit({ key: 'a', windowMs: 200 });
    expect(second.count).toBe(2);
    expect(second.retryAfterMs).toBeGreaterThan(0);
    expect(second.retryAfterMs).toBeLessThanOrEqual(200);
    const ttl = await redis.pttl(`${prefix}:real-time:a`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await counter.peek({ key: 'a', windowMs: 200 })).toEqual({ count: 0, retryAfterMs: 0 });
    expect(await redis.exists(`${prefix}:real-time:a`)).toBe(0);
  });
});
