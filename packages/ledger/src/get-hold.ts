import { AppError } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { eq } from 'drizzle-orm';
import type { Hold } from './ledger.js';
import { toHold } from './to-hold.js';

/**
 * A hold as it is now. NOT_FOUND when there is no such hold.
 *
 * @example
 * const hold = await getHold({ db, holdId: 'hold_…' })
 */
export async function getHold({ db, holdId }: { db: Db; holdId: string }): Promise<Hold> {
  const { holds, tokenAccounts } = schema;
  const [row] = await db
    .select({ hold: holds, organizationId: tokenAccounts.organizationId })
    .from(holds)
    .innerJoin(tokenAccounts, eq(tokenAccounts.id, holds.accountId))
    .where(eq(holds.id, holdId));
  if (!row) throw new AppError('NOT_FOUND', { message: 'Hold not found.', details: { holdId } });
  return toHold({ row: row.hold, organizationId: row.organizationId });
}
