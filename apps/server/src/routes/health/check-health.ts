import type { HealthResponse } from '@sigmacode/core';
import type { AppDeps } from '../../app-deps.js';
import { pingRedis } from '../../infra/create-redis.js';

/**
 * Checks the database and (when configured) Redis. Any failing dependency, or a process that is shutting down,
 * makes the platform unhealthy and is named in `failing`.
 */
export async function checkHealth(
  deps: Pick<AppDeps, 'database' | 'redis' | 'version' | 'lifecycle'> & { startedAt: number },
): Promise<{ healthy: boolean; body: HealthResponse }> {
  const [db, redis] = await Promise.all([
    deps.database.ping({ timeoutMs: 2_000 }).then(
      () => 'ok' as const,
      () => 'error' as const,
    ),
    deps.redis
      ? pingRedis({ redis: deps.redis, timeoutMs: 1_000 }).then(
          () => 'ok' as const,
          () => 'error' as const,
        )
      : Promise.resolve('disabled' as const),
  ]);
  const failing = [
    ...(db === 'error' ? ['db'] : []),
    ...(redis === 'error' ? ['redis'] : []),
    ...(deps.lifecycle?.isShuttingDown() ? ['shutting_down'] : []),
  ];
  const healthy = failing.length === 0;
  return {
    healthy,
    body: {
      status: healthy ? 'ok' : 'error',
      version: deps.version,
      db,
      redis,
      uptimeS: Math.floor((Date.now() - deps.startedAt) / 1000),
      ...(healthy ? {} : { failing }),
    },
  };
}
