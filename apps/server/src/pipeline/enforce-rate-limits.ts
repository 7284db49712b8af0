import { AppError } from '@sigmacode/core';
import type { AiConfig } from '../ai/ai-config.js';
import type { Principal } from '../identity/access/principal.js';
import type { RateLimiter } from './rate-limiter.js';

/** The rate-limit keys of a caller: the organization and the key (or the user). */
export function rateKeysOf(principal: Principal): { organization: string; caller: string } {
  return {
    organization: `org:${principal.organizationId}`,
    caller: principal.kind === 'api_key' ? `key:${principal.keyId}` : `user:${principal.userId}`,
  };
}

/**
 * Which limit a key of `rateKeysOf` belongs to, for the rejection metric (a bounded value, never the id).
 *
 * @example rateLimitScopeOf('org:org_1:tpm') // 'organization_tokens'
 */
export function rateLimitScopeOf(key: string): 'api_key' | 'user' | 'organization' | 'organization_tokens' | 'other' {
  if (key.startsWith('org:')) return key.endsWith(':tpm') ? 'organization_tokens' : 'organization';
  if (key.startsWith('key:')) return 'api_key';
  return key.startsWith('user:') ? 'user' : 'other';
}

/**
 * Counts one request against the caller's and the organization's per-minute limits and the prompt's tokens against
 * the organization's token budget for the minute — all or nothing, in one atomic check; 429 RATE_LIMITED with
 * Retry-After when one is reached.
 *
 * @example await enforceRateLimits({ limiter, limits: ai.rateLimits, principal, promptTokens: 1200 })
 */
export async function enforceRateLimits({
  limiter,
  limits,
  principal,
  promptTokens,
}: {
  limiter: RateLimiter;
  limits: AiConfig['rateLimits'];
  principal: Principal;
  promptTokens: number;
}): Promise<void> {
  const keys = rateKeysOf(principal);
  // One atomic check of all three: a request refused by one limit counts against none.
  const decision = await limiter.consume({
    limits: [
      { key: `${keys.caller}:rpm`, limit: limits.requestsPerMinute },
      { key: `${keys.organization}:rpm`, limit: limits.organizationRequestsPerMinute },
      { key: `${keys.organization}:tpm`, limit: limits.tokensPerMinute, cost: promptTokens },
    ],
    cost: 1,
  });
  if (decision.allowed) return;
  const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
  const what = decision.key.endsWith(':tpm') ? 'tokens' : 'requests';
  throw new AppError('RATE_LIMITED', {
    message: `Rate limit reached: ${decision.limit} ${what} per minute. Retry in ${seconds} s.`,
    details: { limit: decision.limit, per: 'minute', unit: what },
    headers: { 'Retry-After': String(seconds) },
  });
}

/**
 * Adds the completion tokens of a finished call to the organization's token budget of the minute.
 *
 * @example await recordTokenUsage({ limiter, principal, tokens: usage.completionTokens })
 */
export async function recordTokenUsage({
  limiter,
  principal,
  tokens,
}: {
  limiter: RateLimiter;
  principal: Principal;
  tokens: number;
}): Promise<void> {
  if (tokens > 0) await limiter.record({ keys: [`${rateKeysOf(principal).organization}:tpm`], cost: tokens });
}
