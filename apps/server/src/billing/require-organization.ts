import { AppError } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { eq } from 'drizzle-orm';

/**
 * NOT_FOUND for an organization id that does not exist, checked before the ledger would open an account for it.
 *
 * @example
 * await requireOrganization({ db, organizationId: c.req.valid('param').id })
 */
export async function requireOrganization({ db, organizationId }: { db: Db; organizationId: string }): Promise<void> {
  const [organization] = await db
    .select({ id: schema.organizations.id })
    .from(schema.organizations)
    .where(eq(schema.organizations.id, organizationId))
    .limit(1);
  if (!organization) throw new AppError('NOT_FOUND', { message: 'No such organization.' });
}
