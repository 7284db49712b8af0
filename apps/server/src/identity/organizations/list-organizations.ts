import { type Db, schema } from '@sigmacode/db';
import { asc, desc, eq } from 'drizzle-orm';
import type { UserPrincipal } from '../access/principal.js';
import { type MyOrganization, MyOrganizationSchema } from './organization-schemas.js';
import { toOrganization } from './to-organization.js';

/**
 * Every organization the signed-in user belongs to, with their role and which one the session acts for. The
 * personal organization comes first, then the others in the order the user joined them.
 *
 * @example
 * const organizations = await listOrganizations({ db, principal })
 */
export async function listOrganizations({
  db,
  principal,
}: {
  db: Db;
  principal: UserPrincipal;
}): Promise<MyOrganization[]> {
  const rows = await db
    .select({ organization: schema.organizations, role: schema.members.role })
    .from(schema.members)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.members.organizationId))
    .where(eq(schema.members.userId, principal.userId))
    .orderBy(desc(schema.organizations.personal), asc(schema.members.createdAt));
  return rows.map(({ organization, role }) =>
    MyOrganizationSchema.parse({
      ...toOrganization(organization),
      role,
      active: organization.id === principal.organizationId,
    }),
  );
}
