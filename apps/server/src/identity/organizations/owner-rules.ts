import { AppError } from '@sigmacode/core';
import { type Db, type OrgRole, schema } from '@sigmacode/db';
import { and, count, eq } from 'drizzle-orm';
import type { Principal } from '../access/principal.js';

/**
 * Only owners make or unmake owners: granting the owner role, changing an owner's role, removing an owner and
 * inviting an owner. Admins hold `members:manage` too, so the permission alone does not decide; API keys are
 * never owners.
 *
 * @example
 * assertMayChangeOwnership({ principal, from: target.role, to: 'admin' })
 */
export function assertMayChangeOwnership({
  principal,
  from,
  to,
}: {
  principal: Principal;
  from: OrgRole | null;
  to: OrgRole | null;
}): void {
  if (from !== 'owner' && to !== 'owner') return;
  if (principal.kind === 'user' && principal.role === 'owner') return;
  throw new AppError('FORBIDDEN', { message: 'Only owners may grant, change or remove the owner role.' });
}

/**
 * Refuses (CONFLICT) a change that would leave the organization without an owner. Run it inside the transaction
 * that holds {@link lockOrganization}'s lock, so the count cannot change before the write.
 *
 * @example
 * if (target.role === 'owner') await assertAnotherOwnerRemains({ db: tx, organizationId, message: '…' })
 */
export async function assertAnotherOwnerRemains({
  db,
  organizationId,
  message,
}: {
  db: Db;
  organizationId: string;
  message: string;
}): Promise<void> {
  const [row] = await db
    .select({ owners: count() })
    .from(schema.members)
    .where(and(eq(schema.members.organizationId, organizationId), eq(schema.members.role, 'owner')));
  if ((row?.owners ?? 0) < 2) throw new AppError('CONFLICT', { message });
}
