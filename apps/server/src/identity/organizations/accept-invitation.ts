import { AppError, newId } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { UserPrincipal } from '../access/principal.js';
import { type AcceptedInvitation, AcceptedInvitationSchema, type InvitationStatus } from './invitation-schemas.js';
import { hashInvitationToken } from './invitation-token.js';
import { setActiveOrganization } from './set-active-organization.js';
import { invitationStatus } from './to-invitation.js';

const NOT_PENDING: Record<Exclude<InvitationStatus, 'pending'>, string> = {
  accepted: 'This invitation was already accepted.',
  expired: 'This invitation has expired. Ask for a new one.',
  revoked: 'This invitation was withdrawn. Ask for a new one.',
};

/**
 * Accepts an invitation for the signed-in user, whose e-mail must be the invited one (FORBIDDEN otherwise), and
 * makes its organization the session's active one. The invitation is claimed with one conditional update inside
 * the transaction that adds the membership, so of two concurrent accepts exactly one succeeds; an accepted,
 * revoked or expired invitation is a CONFLICT. A user who already is a member keeps their role.
 *
 * @example
 * const { organization, role } = await acceptInvitation({ db, principal, token })
 */
export async function acceptInvitation({
  db,
  principal,
  token,
}: {
  db: Db;
  principal: UserPrincipal;
  token: string;
}): Promise<AcceptedInvitation> {
  const [found] = await db
    .select({ invitation: schema.invitations, organization: schema.organizations })
    .from(schema.invitations)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.invitations.organizationId))
    .where(eq(schema.invitations.tokenHash, hashInvitationToken(token)))
    .limit(1);
  if (!found) throw new AppError('NOT_FOUND', { message: 'This invitation link is not valid.' });
  const { invitation, organization } = found;
  if (invitation.email.toLowerCase() !== principal.email.toLowerCase()) {
    throw new AppError('FORBIDDEN', {
      message: `This invitation was sent to ${invitation.email}. Sign in with that e-mail address to accept it.`,
    });
  }
  const status = invitationStatus({ row: invitation });
  if (status !== 'pending') throw new AppError('CONFLICT', { message: NOT_PENDING[status], details: { status } });

  return db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(schema.invitations)
      .set({ acceptedAt: sql`now()`, acceptedByUserId: principal.userId })
      .where(
        and(
          eq(schema.invitations.id, invitation.id),
          isNull(schema.invitations.acceptedAt),
          isNull(schema.invitations.revokedAt),
          gt(schema.invitations.expiresAt, sql`now()`),
        ),
      )
      .returning({ id: schema.invitations.id });
    if (!claimed) {
      throw new AppError('CONFLICT', { message: 'This invitation was just accepted, withdrawn or has expired.' });
    }
    await tx
      .insert(schema.members)
      .values({ id: newId('mem'), organizationId: organization.id, userId: principal.userId, role: invitation.role })
      .onConflictDoNothing({ target: [schema.members.organizationId, schema.members.userId] });
    const [membership] = await tx
      .select({ role: schema.members.role })
      .from(schema.members)
      .where(and(eq(schema.members.organizationId, organization.id), eq(schema.members.userId, principal.userId)))
      .limit(1);
    if (!membership) throw new AppError('INTERNAL', { message: 'The membership was not stored.' });
    await setActiveOrganization({ db: tx, sessionId: principal.sessionId, organizationId: organization.id });
    return AcceptedInvitationSchema.parse({
      organization: {
        id: organization.id,
        name: organization.name,
        slug: organization.slug,
        personal: organization.personal,
      },
      role: membership.role,
    });
  });
}
