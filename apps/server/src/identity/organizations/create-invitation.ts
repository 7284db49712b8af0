import { AppError, newId } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Mailer } from '../../infra/mailer/index.js';
import type { Principal } from '../access/principal.js';
import type { CreateInvitationBody, Invitation } from './invitation-schemas.js';
import { generateInvitationToken } from './invitation-token.js';
import { lockOrganization } from './lock-organization.js';
import { assertMayChangeOwnership } from './owner-rules.js';
import { toInvitation } from './to-invitation.js';

/** How long an invitation link works. */
export const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

/**
 * Invites someone by e-mail into the caller's organization and sends them the link
 * `${publicUrl}/invite/accept?token=…`. The token exists only in that e-mail (the database keeps its SHA-256), so
 * the response never carries it. Only owners invite owners; inviting a member is a CONFLICT; a new invitation to
 * the same address replaces (revokes) the pending one.
 *
 * @example
 * const invitation = await createInvitation({ db, mailer, publicUrl, principal, input: { email, role: 'member' } })
 */
export async function createInvitation({
  db,
  mailer,
  publicUrl,
  principal,
  input,
}: {
  db: Db;
  mailer: Mailer;
  publicUrl: string;
  principal: Principal;
  input: CreateInvitationBody;
}): Promise<Invitation> {
  assertMayChangeOwnership({ principal, from: null, to: input.role });
  const email = input.email.trim().toLowerCase();
  const { token, hash } = generateInvitationToken();
  const { organization, row } = await db.transaction(async (tx) => {
    // The lock serializes invitations of one organization, so two at once cannot both stay pending.
    const organization = await lockOrganization({ db: tx, organizationId: principal.organizationId });
    const [member] = await tx
      .select({ id: schema.members.id })
      .from(schema.members)
      .innerJoin(schema.users, eq(schema.users.id, schema.members.userId))
      .where(and(eq(schema.members.organizationId, organization.id), eq(sql`lower(${schema.users.email})`, email)))
      .limit(1);
    if (member) throw new AppError('CONFLICT', { message: `${email} is already a member of this organization.` });
    await tx
      .update(schema.invitations)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(schema.invitations.organizationId, organization.id),
          eq(sql`lower(${schema.invitations.email})`, email),
          isNull(schema.invitations.acceptedAt),
          isNull(schema.invitations.revokedAt),
        ),
      );
    const [row] = await tx
      .insert(schema.invitations)
      .values({
        id: newId('inv'),
        organizationId: organization.id,
        email,
        role: input.role,
        tokenHash: hash,
        invitedByUserId: principal.kind === 'user' ? principal.userId : principal.createdByUserId,
        expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
      })
      .returning();
    if (!row) throw new AppError('INTERNAL', { message: 'The invitation was not stored.' });
    return { organization, row };
  });

  const link = `${publicUrl.replace(/\/+$/, '')}/invite/accept?token=${token}`;
  const inviter = principal.kind === 'user' ? principal.email : 'An administrator';
  try {
    await mailer.send({
      to: email,
      subject: `You are invited to join ${organization.name} on SIGMACODE`,
      text: `${inviter} invited you to join the organization "${organization.name}" on SIGMACODE as ${input.role}.\n\nTo accept, open:\n${link}\n\nSign in (or sign up) with this e-mail address, ${email}. The link works once and expires on ${row.expiresAt.toUTCString()}. If you did not expect this invitation, ignore this e-mail.`,
    });
  } catch (error) {
    // Nobody holds the token now, so the invitation could never be accepted: withdraw it rather than list it.
    await db.update(schema.invitations).set({ revokedAt: new Date() }).where(eq(schema.invitations.id, row.id));
    throw new AppError('UPSTREAM_FAILED', {
      message: 'The invitation e-mail could not be sent. Try again later.',
      cause: error,
    });
  }
  return toInvitation(row);
}
