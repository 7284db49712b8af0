import { AppError } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { eq } from 'drizzle-orm';
import { type InvitationLookup, InvitationLookupSchema } from './invitation-schemas.js';
import { hashInvitationToken } from './invitation-token.js';
import { invitationStatus } from './to-invitation.js';

/**
 * What the accept page shows before anyone signs in: organization name, invited e-mail and role, expiry and
 * status. Holding the token is the permission (it was mailed to the invitee); an unknown token is NOT_FOUND.
 *
 * @example
 * const invitation = await lookupInvitation({ db, token })
 */
export async function lookupInvitation({ db, token }: { db: Db; token: string }): Promise<InvitationLookup> {
  const [found] = await db
    .select({ invitation: schema.invitations, organizationName: schema.organizations.name })
    .from(schema.invitations)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.invitations.organizationId))
    .where(eq(schema.invitations.tokenHash, hashInvitationToken(token)))
    .limit(1);
  if (!found) throw new AppError('NOT_FOUND', { message: 'This invitation link is not valid.' });
  const { invitation } = found;
  return InvitationLookupSchema.parse({
    organization: { name: found.organizationName },
    email: invitation.email,
    role: invitation.role,
    status: invitationStatus({ row: invitation }),
    expiresAt: invitation.expiresAt.toISOString(),
  });
}
