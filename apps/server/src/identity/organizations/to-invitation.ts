import type { schema } from '@sigmacode/db';
import { type Invitation, InvitationSchema, type InvitationStatus } from './invitation-schemas.js';

type InvitationRow = typeof schema.invitations.$inferSelect;

/**
 * Where an invitation stands. Accepted and revoked are final; a pending invitation past its expiry is expired.
 *
 * @example
 * invitationStatus({ row, now: new Date() }) // 'pending'
 */
export function invitationStatus({
  row,
  now = new Date(),
}: {
  row: Pick<InvitationRow, 'acceptedAt' | 'revokedAt' | 'expiresAt'>;
  now?: Date;
}): InvitationStatus {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  if (row.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'pending';
}

/** A stored invitation as the API shows it: parsed through the response schema, so the token hash never leaves. */
export function toInvitation(row: InvitationRow): Invitation {
  return InvitationSchema.parse({
    id: row.id,
    email: row.email,
    role: row.role,
    status: invitationStatus({ row }),
    invitedByUserId: row.invitedByUserId,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  });
}
