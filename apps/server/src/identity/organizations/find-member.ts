import { AppError } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { and, eq } from 'drizzle-orm';
import { type MemberWithUserRow, memberColumns } from './to-member.js';

/**
 * A membership of the given organization by id. A member of another organization is NOT_FOUND, exactly like an
 * unknown id, so ids do not leak across organizations.
 *
 * @example
 * const member = await findMember({ db, organizationId: principal.organizationId, memberId })
 */
export async function findMember({
  db,
  organizationId,
  memberId,
}: {
  db: Db;
  organizationId: string;
  memberId: string;
}): Promise<MemberWithUserRow> {
  const [row] = await db
    .select(memberColumns)
    .from(schema.members)
    .innerJoin(schema.users, eq(schema.users.id, schema.members.userId))
    .where(and(eq(schema.members.id, memberId), eq(schema.members.organizationId, organizationId)))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND', { message: 'No such member.' });
  return row;
}
