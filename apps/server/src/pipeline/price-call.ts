import type { Db } from '@sigmacode/db';
import { findCatalogEntry } from '@sigmacode/engine';
import { type Action, costOfUsage, getActionCost, getModelPrice, type UsagePrice } from '@sigmacode/ledger';
import { createTtlCache } from '../infra/ttl-cache.js';

/** What a call costs: the action's price, plus metering by usage when the model has a price. */
export interface CallPrice {
  action: Action;
  actionCost: bigint;
  /** Platform tokens per 1,000 prompt/completion tokens; null when the model is not metered. */
  modelPrice: UsagePrice | null;
}

/** Model token counts of a call. */
export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

const cache = createTtlCache<CallPrice>({ ttlMs: 5_000 });

/**
 * The price of a call for an organization: the action's cost (organization override, platform override, default)
 * and the model's usage price — an operator's (model prices), else the catalog's default (none for the built-in
 * development models and for models the catalog does not know). Cached for 5 seconds per organization, action and model, so
 * a price change applies within seconds and the hot path makes no queries.
 *
 * @example const price = await priceCall({ db, organizationId, action: 'chat_message', model: 'openai/gpt-4o-mini' })
 */
export function priceCall({
  db,
  organizationId,
  action,
  model,
  now = Date.now(),
}: {
  db: Db;
  organizationId: string;
  action: Action;
  model: string;
  now?: number;
}): Promise<CallPrice> {
  const key = `${organizationId}\u0000${action}\u0000${model}`;
  return cache.get(
    key,
    async () => {
      const [actionCost, modelPrice] = await Promise.all([
        getActionCost({ db, organizationId, action }),
        getModelPrice({ db, model }),
      ]);
      if (modelPrice) {
        return {
          action,
          actionCost,
          modelPrice: { promptPer1k: modelPrice.promptPer1k, completionPer1k: modelPrice.completionPer1k },
        };
      }
      // No operator price: the catalog's default, when it has one above zero.
      const prices = findCatalogEntry(model)?.prices;
      const catalog =
        prices && (prices.promptPer1K > 0 || prices.completionPer1K > 0)
          ? { promptPer1k: BigInt(prices.promptPer1K), completionPer1k: BigInt(prices.completionPer1K) }
          : null;
      return { action, actionCost, modelPrice: catalog };
    },
    now,
  );
}

/**
 * What to hold before the call: the action's cost plus, for a metered model, the worst case — the estimated prompt
 * and every token the answer may have (max tokens).
 *
 * @example holdAmountOf({ price, promptTokens: 1200, maxTokens: 1000 }) // 1n + usage cost
 */
export function holdAmountOf({
  price,
  promptTokens,
  maxTokens,
}: {
  price: CallPrice;
  promptTokens: number;
  maxTokens: number;
}): bigint {
  if (!price.modelPrice) return price.actionCost;
  return price.actionCost + costOfUsage({ promptTokens, completionTokens: maxTokens, price: price.modelPrice });
}

/**
 * What to charge after the call: the action's cost plus the reported usage of a metered model, never more than was
 * held (the hold was the promise to the customer).
 *
 * @example chargeOf({ price, usage: { promptTokens: 1100, completionTokens: 240 }, held: 9n })
 */
export function chargeOf({ price, usage, held }: { price: CallPrice; usage: TokenUsage; held: bigint }): bigint {
  const metered = price.modelPrice
    ? costOfUsage({
        promptTokens: usage.promptTokens,
        completionTokens: usage.completionTokens,
        price: price.modelPrice,
      })
    : 0n;
  const total = price.actionCost + metered;
  return total > held ? held : total;
}
