import { AppError, newId } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { and, eq, isNull } from 'drizzle-orm';
import { sqlStateOf } from '../database-errors.js';
import { assertAmount } from '../validate-input.js';
import { assertAction } from './default-action-costs.js';

/**
 * Overrides an action's price for one organization, or with `organizationId: null` for the whole platform;
 * `cost: null` removes the override (the next level applies again). NOT_FOUND for an unknown organization.
 *
 * @example
 * await setActionPrice({ db, organizationId: null, action: 'chat_message', cost: 2n }) // platform-wide
 * await setActionPrice({ db, organizationId, action: 'chat_message', cost: null })      // back to the platform price
 */
export async function setActionPrice({
  db,
  organizationId,
  action,
  cost,
  now = new Date(),
}: {
  db: Db;
  organizationId: string | null;
  action: string;
  cost: bigint | null;
  now?: Date;
}): Promise<void> {
  assertAction(action);
  const { actionPrices } = schema;
  if (cost === null) {
    await db
      .delete(actionPrices)
      .where(
        and(
          eq(actionPrices.action, action),
          organizationId === null
            ? isNull(actionPrices.organizationId)
            : eq(actionPrices.organizationId, organizationId),
        ),
      );
    return;
  }
  assertAmount({ value: cost, name: 'cost', min: 0n });
  try {
    // The unique key is NULLS NOT DISTINCT, so the platform row (null organization) is upserted like any other.
    await db
      .insert(actionPrices)
      .values({ id: newId('price'), organizationId, action, cost, updatedAt: now })
      .onConflictDoUpdate({
        target: [actionPrices.organizationId, actionPrices.action],
        set: { cost, updatedAt: now },
      });
  } catch (error) {
    if (sqlStateOf(error) === '23503') throw new AppError('NOT_FOUND', { message: 'The organization does not exist.' });
    throw error;
  }
}
