import { embedMany } from 'ai';
import { resolveEmbeddingModel } from '../ai/resolve-embedding-model.js';
import { loadEffectivePolicy } from '../firewall/policy-store.js';
import type { Principal } from '../identity/access/principal.js';
import { enforceRateLimits, recordTokenUsage } from './enforce-rate-limits.js';
import { guardTexts } from './guard-texts.js';
import { openMeteredCall } from './metered-call.js';
import type { PipelineDeps } from './pipeline-deps.js';
import { chargeOf, holdAmountOf, priceCall } from './price-call.js';
import { toUpstreamError } from './start-model-stream.js';

/**
 * Embeddings on the one pipeline: rate limits → price (`embedding`, plus usage for metered models) and hold →
 * input firewall on every text (redactions apply; a block refuses the request) → the model → settle (void on
 * failure).
 *
 * @example const { embeddings, promptTokens } = await runEmbedding(deps, { principal, requestId, model, inputs, signal })
 */
export async function runEmbedding(
  deps: PipelineDeps,
  {
    principal,
    requestId,
    model,
    inputs,
    signal,
  }: { principal: Principal; requestId: string; model: string; inputs: string[]; signal: AbortSignal },
): Promise<{ embeddings: number[][]; promptTokens: number }> {
  const { db, ledger, logger, firewall, limiter, ai, box, metrics } = deps;
  const organizationId = principal.organizationId;
  const promptTokens = Math.ceil(inputs.reduce((sum, text) => sum + text.length, 0) / 4);
  await enforceRateLimits({ limiter, limits: ai.rateLimits, principal, promptTokens });
  const embeddingModel = await resolveEmbeddingModel({ db, box, ai, organizationId, id: model });
  const price = await priceCall({ db, organizationId, action: 'embedding', model });
  const call = await openMeteredCall({
    ledger,
    logger,
    organizationId,
    amount: holdAmountOf({ price, promptTokens: promptTokens * 2, maxTokens: 0 }),
    ttlMs: ai.upstreamTimeoutMs * 2 + 60_000,
    idempotencyKey: `call:${requestId}`,
    userId: principal.kind === 'user' ? principal.userId : principal.createdByUserId,
    apiKeyId: principal.kind === 'api_key' ? principal.keyId : null,
    appId: null,
    action: 'embedding',
    model,
  });
  try {
    const { policy } = await loadEffectivePolicy({ db, organizationId });
    const values = await guardTexts({
      db,
      logger,
      metrics,
      firewall,
      policy,
      texts: inputs.map((text) => ({ text, direction: 'input' as const })),
      context: { organizationId, appId: null, requestId, api: 'openai' },
    });
    const result = await embedMany({ model: embeddingModel, values, abortSignal: signal, maxRetries: 1 });
    const tokens = result.usage?.tokens ?? promptTokens;
    const charged = chargeOf({ price, usage: { promptTokens: tokens, completionTokens: 0 }, held: call.hold.amount });
    await call.settle(charged);
    metrics.aiRequests.inc({ api: 'openai', outcome: 'completed' });
    metrics.tokensCharged.inc({ api: 'openai' }, Number(charged));
    await recordTokenUsage({ limiter, principal, tokens }).catch(() => {});
    return { embeddings: result.embeddings, promptTokens: tokens };
  } catch (error) {
    await call.void('embedding failed or blocked');
    metrics.aiRequests.inc({ api: 'openai', outcome: 'refused' });
    throw toUpstreamError(error);
  }
}
