import type { Db } from '@sigmacode/db';
import { sql } from 'drizzle-orm';
import { textArray } from './batch/text-array.js';

/** One member of one account's organization. */
export interface MemberOfAccount {
  accountId: string;
  userId: string;
}

/**
 * What counts against the monthly caps of the given members: their active holds (tokens they have set aside now)
 * plus the charges of their holds settled since `monthStart`. Exact only under the accounts' locks, which is how
 * `hold` calls it; without them it is a snapshot for display. Keyed by {@link memberKey}.
 *
 * @example
 * const used = await loadMemberSpending({ db: tx, members: [{ accountId, userId }], monthStart })
 */
export async function loadMemberSpending({
  db,
  members,
  monthStart,
}: {
  db: Db;
  members: readonly MemberOfAccount[];
  monthStart: Date;
}): Promise<Map<string, bigint>> {
  const used = new Map<string, bigint>(members.map((member) => [memberKey(member), 0n]));
  if (members.length === 0) return used;
  const result: unknown = await db.execute(sql`
    select h.account_id, h.user_id,
      coalesce(sum(case when h.status = 'active' then h.amount else h.settled_amount end), 0)::text as used
    from unnest(${textArray(members.map((member) => member.accountId))}, ${textArray(members.map((member) => member.userId))})
      as m (account_id, user_id)
    join holds h on h.account_id = m.account_id and h.user_id = m.user_id
    where h.status = 'active' or (h.status = 'settled' and h.resolved_at >= ${monthStart.toISOString()}::text::timestamptz)
    group by h.account_id, h.user_id`);
  const rows = (result as { rows?: { account_id: string; user_id: string; used: string }[] }).rows ?? [];
  for (const row of rows) used.set(memberKey({ accountId: row.account_id, userId: row.user_id }), BigInt(row.used));
  return used;
}

/** The map key of a member of an account. */
export function memberKey({ accountId, userId }: MemberOfAccount): string {
  return `${accountId}\u0000${userId}`;
}

/** The first instant of `now`'s UTC calendar month. */
export function startOfUtcMonth(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}
