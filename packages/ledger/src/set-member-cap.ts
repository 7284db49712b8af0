import { AppError } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { and, eq } from 'drizzle-orm';
import { sqlStateOf } from './database-errors.js';

/**
 * Sets a member's monthly token cap, or removes it with null. Takes effect for the next hold; holds already made
 * stay. NOT_FOUND when the organization or the user does not exist.
 *
 * @example
 * await setMemberCap({ db, organizationId, userId, monthlyCap: 10_000n, now: new Date() })
 */
export async function setMemberCap({
  db,
  organizationId,
  userId,
  monthlyCap,
  now,
}: {
  db: Db;
  organizationId: string;
  userId: string;
  monthlyCap: bigint | null;
  now: Date;
}): Promise<void> {
  const { memberSpendingCaps } = schema;
  if (monthlyCap === null) {
    await db
      .delete(memberSpendingCaps)
      .where(and(eq(memberSpendingCaps.organizationId, organizationId), eq(memberSpendingCaps.userId, userId)));
    return;
  }
  try {
    await db
      .insert(memberSpendingCaps)
      .values({ organizationId, userId, monthlyCap, updatedAt: now })
      .onConflictDoUpdate({
        target: [memberSpendingCaps.organizationId, memberSpendingCaps.userId],
        set: { monthlyCap, updatedAt: now },
      });
  } catch (error) {
    if (sqlStateOf(error) === '23503') {
      throw new AppError('NOT_FOUND', { message: 'The organization or the user does not exist.' });
    }
    throw error;
  }
}
