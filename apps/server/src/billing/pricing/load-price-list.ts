import type { Db } from '@sigmacode/db';
import { listActionCosts, listModelPrices } from '@sigmacode/ledger';
import { toTokenNumber } from '../to-token-number.js';
import type { PriceList } from './pricing-schemas.js';

/**
 * The effective prices for an organization (or, with null, the platform's own): every action's cost with the level
 * that set it, and every priced model.
 *
 * @example const prices = await loadPriceList({ db, organizationId: principal.organizationId })
 */
export async function loadPriceList({
  db,
  organizationId,
}: {
  db: Db;
  organizationId: string | null;
}): Promise<PriceList> {
  const [actions, models] = await Promise.all([listActionCosts({ db, organizationId }), listModelPrices({ db })]);
  return {
    actions: actions.map((entry) => ({ ...entry, cost: toTokenNumber(entry.cost) })),
    models: models.map((price) => ({
      model: price.model,
      promptPer1k: toTokenNumber(price.promptPer1k),
      completionPer1k: toTokenNumber(price.completionPer1k),
      updatedAt: price.updatedAt.toISOString(),
    })),
  };
}
