import { AppError } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { eq } from 'drizzle-orm';
import type { Organization } from './organization-schemas.js';
import { toOrganization } from './to-organization.js';

/**
 * The organization the caller acts for.
 *
 * @example
 * const organization = await getCurrentOrganization({ db, organizationId: principal.organizationId })
 */
export async function getCurrentOrganization({
  db,
  organizationId,
}: {
  db: Db;
  organizationId: string;
}): Promise<Organization> {
  const [row] = await db
    .select()
    .from(schema.organizations)
    .where(eq(schema.organizations.id, organizationId))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND', { message: 'The organization no longer exists.' });
  return toOrganization(row);
}
