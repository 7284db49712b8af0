import { type Db, schema } from '@sigmacode/db';
import { asc, eq, isNull } from 'drizzle-orm';

/** A price override at one level (an organization, or the platform when `organizationId` is null). */
export interface ActionPriceOverride {
  organizationId: string | null;
  action: string;
  cost: bigint;
  updatedAt: Date;
}

/**
 * The overrides set at one level: an organization's, or with null the platform's. Not the effective prices — see
 * `listActionCosts` for those.
 *
 * @example
 * const platformOverrides = await listActionPrices({ db, organizationId: null })
 */
export function listActionPrices({
  db,
  organizationId,
}: {
  db: Db;
  organizationId: string | null;
}): Promise<ActionPriceOverride[]> {
  const { actionPrices } = schema;
  return db
    .select({
      organizationId: actionPrices.organizationId,
      action: actionPrices.action,
      cost: actionPrices.cost,
      updatedAt: actionPrices.updatedAt,
    })
    .from(actionPrices)
    .where(
      organizationId === null ? isNull(actionPrices.organizationId) : eq(actionPrices.organizationId, organizationId),
    )
    .orderBy(asc(actionPrices.action));
}
