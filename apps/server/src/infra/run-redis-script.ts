import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

const SHAS = new Map<string, string>();

/**
 * EVALSHA, falling back to EVAL once when the server has not cached the script yet (first use, restart, flush).
 *
 * @example await runRedisScript({ redis, script: 'return 1', keys: [], args: [] })
 */
export async function runRedisScript({
  redis,
  script,
  keys,
  args,
}: {
  redis: Redis;
  script: string;
  keys: readonly string[];
  args: readonly string[];
}): Promise<unknown> {
  let sha = SHAS.get(script);
  if (!sha) {
    sha = createHash('sha1').update(script).digest('hex');
    SHAS.set(script, sha);
  }
  try {
    return await redis.evalsha(sha, keys.length, ...keys, ...args);
  } catch (error) {
    if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
    return await redis.eval(script, keys.length, ...keys, ...args);
  }
}
