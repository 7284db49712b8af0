import { type Db, schema } from '@sigmacode/db';
import { and, eq, isNull, or } from 'drizzle-orm';
import { assertAction, DEFAULT_ACTION_COSTS } from './default-action-costs.js';

/**
 * What an action costs an organization, in tokens: the organization's override, else the platform override, else
 * the built-in default. With `organizationId: null`, the platform price (platform override, else default).
 *
 * @example
 * const cost = await getActionCost({ db, organizationId, action: 'workflow_run' }) // 5n unless overridden
 */
export async function getActionCost({
  db,
  organizationId,
  action,
}: {
  db: Db;
  organizationId: string | null;
  action: string;
}): Promise<bigint> {
  assertAction(action);
  const { actionPrices } = schema;
  const rows = await db
    .select({ organizationId: actionPrices.organizationId, cost: actionPrices.cost })
    .from(actionPrices)
    .where(
      and(
        eq(actionPrices.action, action),
        organizationId === null
          ? isNull(actionPrices.organizationId)
          : or(eq(actionPrices.organizationId, organizationId), isNull(actionPrices.organizationId)),
      ),
    );
  const own = rows.find((row) => row.organizationId !== null);
  const platform = rows.find((row) => row.organizationId === null);
  return own?.cost ?? platform?.cost ?? DEFAULT_ACTION_COSTS[action];
}
