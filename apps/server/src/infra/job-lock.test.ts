import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createJobLock } from './job-lock.js';

describe('createJobLock', () => {
  it('always lets the only instance run without Redis', async () => {
    const jobs = createJobLock({ redis: null });
    expect(await jobs.claim('sweep', 1_000)).toBe(true);
    expect(await jobs.claim('sweep', 1_000)).toBe(true);
  });
});

describe.runIf(process.env.TEST_REDIS_URL)('createJobLock on Redis', () => {
  const redis = new Redis(process.env.TEST_REDIS_URL ?? '', { maxRetriesPerRequest: 1 });
  afterAll(async () => {
    await redis.quit();
  });

  it('lets exactly one of several instances run a job per period', async () => {
    const prefix = `test:job:${Date.now()}:`;
    const instances = Array.from({ length: 5 }, () => createJobLock({ redis, prefix }));
    const claims = await Promise.all(instances.map((jobs) => jobs.claim('sweep', 300)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const again = await Promise.all(instances.map((jobs) => jobs.claim('sweep', 300)));
    expect(again.filter(Boolean)).toHaveLength(1);
  });
});
