import { AppError } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { and, eq } from 'drizzle-orm';
import type { UserPrincipal } from '../access/principal.js';
import { type MyOrganization, MyOrganizationSchema } from './organization-schemas.js';
import { setActiveOrganization } from './set-active-organization.js';
import { toOrganization } from './to-organization.js';

/**
 * Switches the session to another organization the user belongs to. An organization the user is not a member of
 * is NOT_FOUND, never FORBIDDEN, so nobody can confirm that someone else's organization id exists.
 *
 * @example
 * const organization = await activateOrganization({ db, principal, organizationId: 'org_…' })
 */
export async function activateOrganization({
  db,
  principal,
  organizationId,
}: {
  db: Db;
  principal: UserPrincipal;
  organizationId: string;
}): Promise<MyOrganization> {
  const [found] = await db
    .select({ organization: schema.organizations, role: schema.members.role })
    .from(schema.members)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.members.organizationId))
    .where(and(eq(schema.members.organizationId, organizationId), eq(schema.members.userId, principal.userId)))
    .limit(1);
  if (!found) throw new AppError('NOT_FOUND', { message: 'No such organization.' });
  await setActiveOrganization({ db, sessionId: principal.sessionId, organizationId });
  return MyOrganizationSchema.parse({ ...toOrganization(found.organization), role: found.role, active: true });
}
