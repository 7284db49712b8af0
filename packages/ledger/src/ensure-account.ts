import { AppError, newId } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { sqlStateOf } from './database-errors.js';
import { findAccount } from './find-account.js';

/**
 * The organization's token account, created with a zero balance when it has none yet. Two callers creating it at
 * once both get the same row (the insert does nothing on the organization's unique key). NOT_FOUND when the
 * organization does not exist.
 *
 * @example
 * const account = await ensureAccount({ db, organizationId: 'org_…' })
 */
export async function ensureAccount({
  db,
  organizationId,
}: {
  db: Db;
  organizationId: string;
}): Promise<schema.TokenAccountRow> {
  const existing = await findAccount({ db, organizationId });
  if (existing) return existing;
  try {
    await db
      .insert(schema.tokenAccounts)
      .values({ id: newId('acct'), organizationId })
      .onConflictDoNothing({ target: schema.tokenAccounts.organizationId });
  } catch (error) {
    if (sqlStateOf(error) === '23503') throw organizationNotFound();
    throw error;
  }
  const created = await findAccount({ db, organizationId });
  if (!created) throw organizationNotFound();
  return created;
}

function organizationNotFound(): AppError {
  return new AppError('NOT_FOUND', { message: 'The organization does not exist.' });
}
