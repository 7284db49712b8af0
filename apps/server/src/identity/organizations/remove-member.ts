import { AppError } from '@sigmacode/core';
import type { Db } from '@sigmacode/db';
import type { Principal } from '../access/principal.js';
import { forgetVerifiedApiKeys } from '../api-keys/verify-api-key.js';
import { endMembership } from './end-membership.js';
import { findMember } from './find-member.js';
import { lockOrganization } from './lock-organization.js';
import { assertAnotherOwnerRemains, assertMayChangeOwnership } from './owner-rules.js';
import { isPersonalOrganizationOf } from './personal-organization.js';

/**
 * Removes a member from the caller's organization (their API keys there are revoked with it). Only owners remove
 * owners; the last owner cannot be removed, nor a user from their own personal organization (both CONFLICT).
 *
 * @example
 * await removeMember({ db, principal, memberId: 'mem_…' })
 */
export async function removeMember({
  db,
  principal,
  memberId,
}: {
  db: Db;
  principal: Principal;
  memberId: string;
}): Promise<void> {
  await db.transaction(async (tx) => {
    const organization = await lockOrganization({ db: tx, organizationId: principal.organizationId });
    const member = await findMember({ db: tx, organizationId: organization.id, memberId });
    assertMayChangeOwnership({ principal, from: member.role, to: null });
    if (isPersonalOrganizationOf({ organization, userId: member.userId })) {
      throw new AppError('CONFLICT', { message: 'A user cannot be removed from their own personal organization.' });
    }
    if (member.role === 'owner') {
      await assertAnotherOwnerRemains({
        db: tx,
        organizationId: organization.id,
        message: 'The last owner cannot be removed. Make someone else an owner first.',
      });
    }
    await endMembership({ db: tx, memberId: member.id, organizationId: organization.id, userId: member.userId });
  });
  forgetVerifiedApiKeys();
}
