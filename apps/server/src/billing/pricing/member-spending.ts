import type { Db } from '@sigmacode/db';
import type { Ledger } from '@sigmacode/ledger';
import { findMember } from '../../identity/organizations/find-member.js';
import { toTokenNumber } from '../to-token-number.js';
import type { MemberSpendingBody } from './pricing-schemas.js';

/**
 * A member's monthly cap and what counts against it. The member must belong to the caller's organization (another
 * organization's member ids answer NOT_FOUND).
 *
 * @example const spending = await getMemberSpendingOf({ db, ledger, organizationId, memberId })
 */
export async function getMemberSpendingOf({
  db,
  ledger,
  organizationId,
  memberId,
}: {
  db: Db;
  ledger: Ledger;
  organizationId: string;
  memberId: string;
}): Promise<MemberSpendingBody> {
  const member = await findMember({ db, organizationId, memberId });
  const { monthlyCap, used } = await ledger.getMemberSpending({ organizationId, userId: member.userId });
  return {
    memberId,
    userId: member.userId,
    monthlyCap: monthlyCap === null ? null : toTokenNumber(monthlyCap),
    used: toTokenNumber(used),
    remaining: monthlyCap === null ? null : toTokenNumber(monthlyCap > used ? monthlyCap - used : 0n),
  };
}

/**
 * Sets (or with null removes) a member's monthly spending cap and returns the spending after the change.
 *
 * @example await setMemberSpendingCap({ db, ledger, organizationId, memberId, monthlyCap: 5_000 })
 */
export async function setMemberSpendingCap({
  db,
  ledger,
  organizationId,
  memberId,
  monthlyCap,
}: {
  db: Db;
  ledger: Ledger;
  organizationId: string;
  memberId: string;
  monthlyCap: number | null;
}): Promise<MemberSpendingBody> {
  const member = await findMember({ db, organizationId, memberId });
  await ledger.setMemberCap({
    organizationId,
    userId: member.userId,
    monthlyCap: monthlyCap === null ? null : BigInt(monthlyCap),
  });
  return getMemberSpendingOf({ db, ledger, organizationId, memberId });
}
