import { type Db, schema } from '@sigmacode/db';
import { and, count, isNotNull, sql } from 'drizzle-orm';

/**
 * A counter of token accounts whose available balance (balance − reserved) is below their low-balance threshold,
 * for the `sigmacode_token_accounts_low_balance` gauge. The answer is kept for `maxAgeMs`, so frequent scrapes of
 * several instances cost one small query per instance and interval.
 *
 * @example metrics.countLowBalanceAccountsWith(countLowBalanceAccounts({ db }))
 */
export function countLowBalanceAccounts({
  db,
  maxAgeMs = 30_000,
  now = Date.now,
}: {
  db: Db;
  maxAgeMs?: number;
  now?: () => number;
}): () => Promise<number> {
  let cached: { value: number; at: number } | null = null;
  return async () => {
    if (cached && now() - cached.at < maxAgeMs) return cached.value;
    const accounts = schema.tokenAccounts;
    const [row] = await db
      .select({ n: count() })
      .from(accounts)
      .where(
        and(
          isNotNull(accounts.lowBalanceThreshold),
          sql`${accounts.balance} - ${accounts.reserved} < ${accounts.lowBalanceThreshold}`,
        ),
      );
    cached = { value: Number(row?.n ?? 0), at: now() };
    return cached.value;
  };
}
