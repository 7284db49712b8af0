import { type Db, schema } from '@sigmacode/db';
import { asc, eq } from 'drizzle-orm';
import type { Member } from './member-schemas.js';
import { memberColumns, toMember } from './to-member.js';

/**
 * The organization's members with their name, e-mail and role, in the order they joined.
 *
 * @example
 * const members = await listMembers({ db, organizationId: principal.organizationId })
 */
export async function listMembers({ db, organizationId }: { db: Db; organizationId: string }): Promise<Member[]> {
  const rows = await db
    .select(memberColumns)
    .from(schema.members)
    .innerJoin(schema.users, eq(schema.users.id, schema.members.userId))
    .where(eq(schema.members.organizationId, organizationId))
    .orderBy(asc(schema.members.createdAt), asc(schema.members.id));
  return rows.map(toMember);
}
