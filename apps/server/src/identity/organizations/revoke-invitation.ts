import { AppError } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { and, eq, isNull } from 'drizzle-orm';
import type { Invitation } from './invitation-schemas.js';
import { toInvitation } from './to-invitation.js';

/**
 * Withdraws an invitation of the caller's organization; its link stops working at once. An invitation of another
 * organization is NOT_FOUND; an accepted one is a CONFLICT (remove the member instead); revoking twice returns it
 * unchanged.
 *
 * @example
 * const invitation = await revokeInvitation({ db, organizationId: principal.organizationId, invitationId })
 */
export async function revokeInvitation({
  db,
  organizationId,
  invitationId,
}: {
  db: Db;
  organizationId: string;
  invitationId: string;
}): Promise<Invitation> {
  const where = and(eq(schema.invitations.id, invitationId), eq(schema.invitations.organizationId, organizationId));
  const [row] = await db.select().from(schema.invitations).where(where).limit(1);
  if (!row) throw new AppError('NOT_FOUND', { message: 'No such invitation.' });
  if (row.acceptedAt) {
    throw new AppError('CONFLICT', { message: 'The invitation was already accepted; remove the member instead.' });
  }
  if (row.revokedAt) return toInvitation(row);
  // Conditional, so an accept that wins the race is not overwritten by a revocation.
  const [updated] = await db
    .update(schema.invitations)
    .set({ revokedAt: new Date() })
    .where(and(where, isNull(schema.invitations.acceptedAt), isNull(schema.invitations.revokedAt)))
    .returning();
  if (!updated) throw new AppError('CONFLICT', { message: 'The invitation was accepted or revoked meanwhile.' });
  return toInvitation(updated);
}
