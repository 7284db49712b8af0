import { AppError } from '@sigmacode/core';
import { type Db, type OrgRole, schema } from '@sigmacode/db';
import { eq } from 'drizzle-orm';
import type { Principal } from '../access/principal.js';
import { forgetVerifiedApiKeys } from '../api-keys/verify-api-key.js';
import { findMember } from './find-member.js';
import { lockOrganization } from './lock-organization.js';
import type { Member } from './member-schemas.js';
import { assertAnotherOwnerRemains, assertMayChangeOwnership } from './owner-rules.js';
import { isPersonalOrganizationOf } from './personal-organization.js';
import { toMember } from './to-member.js';

/**
 * Changes a member's role in the caller's organization. Only owners grant or take away the owner role (so admins
 * cannot touch owners); the last owner cannot be demoted (CONFLICT), nor can a user in their own personal
 * organization. The new role applies from the member's next request.
 *
 * @example
 * const member = await changeMemberRole({ db, principal, memberId: 'mem_…', role: 'admin' })
 */
export async function changeMemberRole({
  db,
  principal,
  memberId,
  role,
  onChanged,
}: {
  db: Db;
  principal: Principal;
  memberId: string;
  role: OrgRole;
  /** Runs in the transaction of an actual change (e.g. the audit entry), so both commit or neither does. */
  onChanged?: (change: { tx: Db; member: Member; from: OrgRole }) => Promise<void>;
}): Promise<Member> {
  const changed = await db.transaction(async (tx) => {
    const organization = await lockOrganization({ db: tx, organizationId: principal.organizationId });
    const member = await findMember({ db: tx, organizationId: organization.id, memberId });
    assertMayChangeOwnership({ principal, from: member.role, to: role });
    if (member.role === role) return toMember(member);
    if (member.role === 'owner') {
      if (isPersonalOrganizationOf({ organization, userId: member.userId })) {
        throw new AppError('CONFLICT', { message: 'A user always stays owner of their personal organization.' });
      }
      await assertAnotherOwnerRemains({
        db: tx,
        organizationId: organization.id,
        message: 'The last owner cannot be demoted. Make someone else an owner first.',
      });
    }
    await tx.update(schema.members).set({ role }).where(eq(schema.members.id, member.id));
    const changed = toMember({ ...member, role });
    await onChanged?.({ tx, member: changed, from: member.role });
    return changed;
  });
  // The member's keys act with the new role from now on (they never do more than their creator may).
  forgetVerifiedApiKeys();
  return changed;
}
