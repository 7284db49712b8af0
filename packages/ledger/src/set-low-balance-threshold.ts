import { AppError } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { eq } from 'drizzle-orm';

/**
 * Sets the account's low-balance threshold (null turns the event off) and re-arms the event: the next write that
 * leaves available below the threshold raises it, even if it was raised for an earlier threshold.
 *
 * @example
 * const account = await setLowBalanceThreshold({ db, accountId, threshold: 500n, now: new Date() })
 */
export async function setLowBalanceThreshold({
  db,
  accountId,
  threshold,
  now,
}: {
  db: Db;
  accountId: string;
  threshold: bigint | null;
  now: Date;
}): Promise<schema.TokenAccountRow> {
  const [row] = await db
    .update(schema.tokenAccounts)
    .set({ lowBalanceThreshold: threshold, lowBalanceNotifiedAt: null, updatedAt: now })
    .where(eq(schema.tokenAccounts.id, accountId))
    .returning();
  if (!row) throw new AppError('NOT_FOUND', { message: 'The token account no longer exists.' });
  return row;
}
