import { AppError } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { eq } from 'drizzle-orm';
import type { Organization, UpdateOrganizationBody } from './organization-schemas.js';
import { toOrganization } from './to-organization.js';

/**
 * Renames the caller's organization. The slug stays: links and integrations may already use it.
 *
 * @example
 * const organization = await updateOrganization({ db, organizationId, input: { name: 'Acme GmbH' } })
 */
export async function updateOrganization({
  db,
  organizationId,
  input,
}: {
  db: Db;
  organizationId: string;
  input: UpdateOrganizationBody;
}): Promise<Organization> {
  const [row] = await db
    .update(schema.organizations)
    .set({ name: input.name, updatedAt: new Date() })
    .where(eq(schema.organizations.id, organizationId))
    .returning();
  if (!row) throw new AppError('NOT_FOUND', { message: 'The organization no longer exists.' });
  return toOrganization(row);
}
