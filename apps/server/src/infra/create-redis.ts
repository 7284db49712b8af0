import { Redis } from 'ioredis';

/**
 * Connects to Redis when a URL is configured. The client reconnects on its own; commands fail fast while it is down
 * (no offline queue), so health checks and rate limits report the outage instead of hanging.
 */
export function createRedis({ url }: { url: string }): Redis {
  return new Redis(url, {
    lazyConnect: false,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
}

/** Resolves when Redis answers PING within the timeout; rejects otherwise. */
export async function pingRedis({ redis, timeoutMs = 1_000 }: { redis: Redis; timeoutMs?: number }): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`redis did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([redis.ping(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
