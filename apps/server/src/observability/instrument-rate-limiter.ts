import { rateLimitScopeOf } from '../pipeline/enforce-rate-limits.js';
import type { RateLimiter } from '../pipeline/rate-limiter.js';
import type { Metrics } from './create-metrics.js';

/**
 * The rate limiter with its refusals counted by scope (api_key, user, organization, organization_tokens): one
 * counter increment per refused request, nothing on the allowed path.
 *
 * @example const limiter = instrumentRateLimiter({ limiter: createRateLimiter({ redis, prefix }), metrics })
 */
export function instrumentRateLimiter({ limiter, metrics }: { limiter: RateLimiter; metrics: Metrics }): RateLimiter {
  return {
    async consume(input) {
      const decision = await limiter.consume(input);
      if (!decision.allowed) metrics.rateLimitRejections.inc({ scope: rateLimitScopeOf(decision.key) });
      return decision;
    },
    record: (input) => limiter.record(input),
  };
}
