import { AppError } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { and, desc, eq, lt } from 'drizzle-orm';
import { findAccount } from './find-account.js';
import type { EntryPage } from './ledger.js';
import { toLedgerEntry } from './to-ledger-entry.js';

const MAX_LIMIT = 500;

/**
 * An organization's ledger entries, newest first, a page at a time. The cursor is the id of the last entry of the
 * previous page (ids only grow), so pages stay stable while new entries arrive.
 *
 * @example
 * const { entries, nextCursor } = await listEntries({ db, organizationId, limit: 50 })
 */
export async function listEntries({
  db,
  organizationId,
  limit,
  cursor,
}: {
  db: Db;
  organizationId: string;
  limit: number;
  cursor?: string | undefined;
}): Promise<EntryPage> {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new AppError('VALIDATION_FAILED', { message: `limit must be an integer from 1 to ${MAX_LIMIT}.` });
  }
  if (cursor !== undefined && !/^[1-9][0-9]{0,18}$/.test(cursor)) {
    throw new AppError('VALIDATION_FAILED', { message: 'cursor is not one this API returned.' });
  }
  const account = await findAccount({ db, organizationId });
  if (!account) return { entries: [], nextCursor: null };

  const { ledgerEntries } = schema;
  const rows = await db
    .select()
    .from(ledgerEntries)
    .where(
      and(
        eq(ledgerEntries.accountId, account.id),
        cursor === undefined ? undefined : lt(ledgerEntries.id, BigInt(cursor)),
      ),
    )
    .orderBy(desc(ledgerEntries.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    entries: page.map(toLedgerEntry),
    nextCursor: rows.length > limit && last ? last.id.toString() : null,
  };
}
