import { AppError } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { eq } from 'drizzle-orm';

/**
 * Locks an organization's row for the rest of the transaction and returns it. Membership changes take this lock
 * first, so two owners demoting each other at the same moment cannot leave the organization without an owner.
 * NOT_FOUND when the organization is gone.
 *
 * @example
 * await db.transaction(async (tx) => { const organization = await lockOrganization({ db: tx, organizationId }) })
 */
export async function lockOrganization({
  db,
  organizationId,
}: {
  db: Db;
  organizationId: string;
}): Promise<typeof schema.organizations.$inferSelect> {
  const [organization] = await db
    .select()
    .from(schema.organizations)
    .where(eq(schema.organizations.id, organizationId))
    .for('update');
  if (!organization) throw new AppError('NOT_FOUND', { message: 'The organization no longer exists.' });
  return organization;
}
