import { type Db, schema } from '@sigmacode/db';
import { eq, isNull, or } from 'drizzle-orm';
import { ACTIONS, type Action, DEFAULT_ACTION_COSTS } from './default-action-costs.js';

/** The price an organization pays for an action, and which level set it. */
export interface ActionCost {
  action: Action;
  cost: bigint;
  source: 'organization' | 'platform' | 'default';
}

/**
 * Every action's effective price for an organization (or, with null, for the platform), resolved like
 * `getActionCost`: organization override, platform override, default. For price lists in the console.
 *
 * @example
 * const costs = await listActionCosts({ db, organizationId })
 */
export async function listActionCosts({
  db,
  organizationId,
}: {
  db: Db;
  organizationId: string | null;
}): Promise<ActionCost[]> {
  const { actionPrices } = schema;
  const rows = await db
    .select({ organizationId: actionPrices.organizationId, action: actionPrices.action, cost: actionPrices.cost })
    .from(actionPrices)
    .where(
      organizationId === null
        ? isNull(actionPrices.organizationId)
        : or(eq(actionPrices.organizationId, organizationId), isNull(actionPrices.organizationId)),
    );
  return ACTIONS.map((action) => {
    const own = rows.find((row) => row.action === action && row.organizationId !== null);
    if (own) return { action, cost: own.cost, source: 'organization' as const };
    const platform = rows.find((row) => row.action === action && row.organizationId === null);
    if (platform) return { action, cost: platform.cost, source: 'platform' as const };
    return { action, cost: DEFAULT_ACTION_COSTS[action], source: 'default' as const };
  });
}
