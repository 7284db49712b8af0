import { AppError } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { eq } from 'drizzle-orm';

/**
 * The account a hold belongs to (it never changes). NOT_FOUND when there is no such hold.
 *
 * @example
 * const accountId = await findHoldAccount({ db, holdId })
 */
export async function findHoldAccount({ db, holdId }: { db: Db; holdId: string }): Promise<string> {
  const [row] = await db
    .select({ accountId: schema.holds.accountId })
    .from(schema.holds)
    .where(eq(schema.holds.id, holdId));
  if (!row) throw new AppError('NOT_FOUND', { message: 'Hold not found.', details: { holdId } });
  return row.accountId;
}
