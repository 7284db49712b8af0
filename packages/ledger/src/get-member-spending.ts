import { type Db, schema } from '@sigmacode/db';
import { and, eq } from 'drizzle-orm';
import { findAccount } from './find-account.js';
import type { MemberSpending } from './ledger.js';
import { loadMemberSpending, memberKey, startOfUtcMonth } from './load-member-spending.js';

/**
 * A member's monthly cap (null when uncapped) and what counts against it now: active holds plus charges settled
 * this UTC calendar month.
 *
 * @example
 * const { monthlyCap, used } = await getMemberSpending({ db, organizationId, userId, now: new Date() })
 */
export async function getMemberSpending({
  db,
  organizationId,
  userId,
  now,
}: {
  db: Db;
  organizationId: string;
  userId: string;
  now: Date;
}): Promise<MemberSpending> {
  const { memberSpendingCaps } = schema;
  const [cap] = await db
    .select({ monthlyCap: memberSpendingCaps.monthlyCap })
    .from(memberSpendingCaps)
    .where(and(eq(memberSpendingCaps.organizationId, organizationId), eq(memberSpendingCaps.userId, userId)));
  const account = await findAccount({ db, organizationId });
  const member = account ? { accountId: account.id, userId } : undefined;
  const used = member
    ? ((await loadMemberSpending({ db, members: [member], monthStart: startOfUtcMonth(now) })).get(memberKey(member)) ??
      0n)
    : 0n;
  return { monthlyCap: cap?.monthlyCap ?? null, used };
}
