import { type Db, schema } from '@sigmacode/db';
import { and, asc, eq, lte } from 'drizzle-orm';

/**
 * Active holds whose expiry has passed, oldest first (served by the partial index on active holds). A candidate
 * list only: another sweeper may resolve them first, which the expiry itself checks under the account lock.
 *
 * @example
 * const due = await findExpiredHolds({ db, now: new Date(), limit: 1000 })
 */
export function findExpiredHolds({
  db,
  now,
  limit,
}: {
  db: Db;
  now: Date;
  limit: number;
}): Promise<{ id: string; accountId: string }[]> {
  const { holds } = schema;
  return db
    .select({ id: holds.id, accountId: holds.accountId })
    .from(holds)
    .where(and(eq(holds.status, 'active'), lte(holds.expiresAt, now)))
    .orderBy(asc(holds.expiresAt))
    .limit(limit);
}
