import { type Db, schema } from '@sigmacode/db';
import { and, eq, isNull } from 'drizzle-orm';

/**
 * Removes a membership and revokes the API keys its user created in that organization: a key never does more than
 * its creator, and someone who left can do nothing there. Run it inside the caller's transaction.
 *
 * @example
 * await endMembership({ db: tx, memberId: member.id, organizationId, userId: member.userId })
 */
export async function endMembership({
  db,
  memberId,
  organizationId,
  userId,
}: {
  db: Db;
  memberId: string;
  organizationId: string;
  userId: string;
}): Promise<void> {
  await db.delete(schema.members).where(eq(schema.members.id, memberId));
  await db
    .update(schema.apiKeys)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(schema.apiKeys.organizationId, organizationId),
        eq(schema.apiKeys.createdByUserId, userId),
        isNull(schema.apiKeys.revokedAt),
      ),
    );
}
