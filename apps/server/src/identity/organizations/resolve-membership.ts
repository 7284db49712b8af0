import { type Db, type OrgRole, schema } from '@sigmacode/db';
import { asc, desc, eq } from 'drizzle-orm';

/**
 * The organization a signed-in user acts for, and their role there: the session's active organization while
 * they are still a member of it, else their personal organization, else their oldest membership. Null when
 * the user belongs to no organization.
 */
export async function resolveMembership({
  db,
  userId,
  preferredOrganizationId,
}: {
  db: Db;
  userId: string;
  preferredOrganizationId: string | null;
}): Promise<{ organizationId: string; role: OrgRole } | null> {
  const memberships = await db
    .select({
      organizationId: schema.members.organizationId,
      role: schema.members.role,
      personal: schema.organizations.personal,
    })
    .from(schema.members)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.members.organizationId))
    .where(eq(schema.members.userId, userId))
    .orderBy(desc(schema.organizations.personal), asc(schema.members.createdAt));
  const chosen =
    memberships.find((membership) => membership.organizationId === preferredOrganizationId) ?? memberships[0];
  return chosen ? { organizationId: chosen.organizationId, role: chosen.role } : null;
}
