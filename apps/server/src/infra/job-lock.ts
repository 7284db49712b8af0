import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

/** Lets one instance of several run a scheduled job per period. */
export interface JobLock {
  /** True for exactly one caller among all instances per `ttlMs` for `job` (always true without Redis). */
  claim(job: string, ttlMs: number): Promise<boolean>;
}

/**
 * A job lock on Redis (`SET key NX PX`): the first instance to claim a job runs it, the others skip it until the
 * claim expires. Without Redis there is one instance, which always may run it. A Redis error skips the run (the next
 * period tries again) rather than running it everywhere.
 *
 * @example if (await jobs.claim('hold-sweep', 25_000)) await ledger.expireHolds()
 */
export function createJobLock({ redis, prefix = 'sigmacode:job:' }: { redis: Redis | null; prefix?: string }): JobLock {
  const instance = randomUUID();
  return {
    async claim(job, ttlMs) {
      if (!redis) return true;
      try {
        return (await redis.set(`${prefix}${job}`, instance, 'PX', Math.max(1, Math.floor(ttlMs)), 'NX')) === 'OK';
      } catch {
        return false;
      }
    },
  };
}
