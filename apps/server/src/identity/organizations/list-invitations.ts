import { type Db, schema } from '@sigmacode/db';
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Invitation } from './invitation-schemas.js';
import { toInvitation } from './to-invitation.js';

/**
 * The organization's pending invitations (not accepted, not revoked, not expired), newest first.
 *
 * @example
 * const invitations = await listInvitations({ db, organizationId: principal.organizationId })
 */
export async function listInvitations({
  db,
  organizationId,
}: {
  db: Db;
  organizationId: string;
}): Promise<Invitation[]> {
  const rows = await db
    .select()
    .from(schema.invitations)
    .where(
      and(
        eq(schema.invitations.organizationId, organizationId),
        isNull(schema.invitations.acceptedAt),
        isNull(schema.invitations.revokedAt),
        gt(schema.invitations.expiresAt, sql`now()`),
      ),
    )
    .orderBy(desc(schema.invitations.createdAt));
  return rows.map(toInvitation);
}
