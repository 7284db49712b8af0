import { AppError } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { and, eq } from 'drizzle-orm';
import type { UserPrincipal } from '../access/principal.js';
import { forgetVerifiedApiKeys } from '../api-keys/verify-api-key.js';
import { endMembership } from './end-membership.js';
import { lockOrganization } from './lock-organization.js';
import { assertAnotherOwnerRemains } from './owner-rules.js';
import { isPersonalOrganizationOf } from './personal-organization.js';
import { setActiveOrganization } from './set-active-organization.js';

/**
 * The signed-in user leaves their active organization; the session falls back to their personal organization.
 * Nobody leaves their own personal organization, and the last owner cannot leave (both CONFLICT): an organization
 * always has an owner.
 *
 * @example
 * await leaveOrganization({ db, principal })
 */
export async function leaveOrganization({ db, principal }: { db: Db; principal: UserPrincipal }): Promise<void> {
  await db.transaction(async (tx) => {
    const organization = await lockOrganization({ db: tx, organizationId: principal.organizationId });
    if (isPersonalOrganizationOf({ organization, userId: principal.userId })) {
      throw new AppError('CONFLICT', { message: 'You cannot leave your personal organization.' });
    }
    const [member] = await tx
      .select({ id: schema.members.id, role: schema.members.role })
      .from(schema.members)
      .where(and(eq(schema.members.organizationId, organization.id), eq(schema.members.userId, principal.userId)))
      .limit(1);
    if (!member) throw new AppError('NOT_FOUND', { message: 'You are not a member of this organization.' });
    if (member.role === 'owner') {
      await assertAnotherOwnerRemains({
        db: tx,
        organizationId: organization.id,
        message: 'The last owner cannot leave. Make someone else an owner, or delete the organization.',
      });
    }
    await endMembership({ db: tx, memberId: member.id, organizationId: organization.id, userId: principal.userId });
    await setActiveOrganization({ db: tx, sessionId: principal.sessionId, organizationId: null });
  });
  forgetVerifiedApiKeys();
}
