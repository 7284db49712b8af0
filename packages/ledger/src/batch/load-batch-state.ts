import { type Db, schema } from '@sigmacode/db';
import { type SQL, sql } from 'drizzle-orm';
import { loadMemberSpending, type MemberOfAccount, memberKey, startOfUtcMonth } from '../load-member-spending.js';
import { type BatchState, type EntryDraft, keyOf, type MemberSpendingState } from './batch-state.js';
import type { HoldCache } from './hold-cache.js';
import type { AccountOperation } from './operation.js';
import { isOneOf, textArray } from './text-array.js';

/**
 * Locks the batch's account rows (`SELECT … ORDER BY id FOR UPDATE`: always in id order, so two batches sharing
 * accounts — in this process or another — never deadlock) and reads what the operations refer to: holds by
 * idempotency key and by id, entries under the credit/debit keys, and the caps of the members it holds for. The
 * reads are statements after the lock, so under READ COMMITTED they see every batch that committed before the
 * lock was granted, from any process. Accounts that no longer exist are simply absent from the state.
 *
 * With a `cache`, holds this process already knows are taken from it instead (see {@link HoldCache} for why that is
 * safe), and an idempotency key it does not know is taken to be new: the write's guards catch a key another process
 * used, and the batch then runs again without the cache.
 *
 * @example
 * const state = await loadBatchState({ db: tx, operations, now, cache })
 */
export async function loadBatchState({
  db,
  operations,
  now,
  cache,
}: {
  db: Db;
  operations: readonly AccountOperation[];
  now: Date;
  cache?: HoldCache | undefined;
}): Promise<BatchState> {
  const { tokenAccounts, holds, ledgerEntries } = schema;
  const accountIds = new Set(operations.map((item) => item.accountId));
  const accountRows = await db
    .select()
    .from(tokenAccounts)
    .where(isOneOf({ column: tokenAccounts.id, values: accountIds }))
    .orderBy(tokenAccounts.id)
    .for('update');

  const known = new Map<string, schema.HoldRow>();
  const takeCached = (holdId: string) => {
    const row = cache?.get(holdId);
    if (row) known.set(row.id, row);
    return row !== undefined;
  };
  const unreadKeys = new Set<string>();
  const holdKeys: AccountKey[] = [];
  const holdIds = new Set<string>();
  const entryKeys: AccountKey[] = [];
  const members = new Map<string, MemberOfAccount>();
  for (const { accountId, operation } of operations) {
    if (operation.kind === 'hold') {
      // A repeated key answers with the hold as it is now, so only a resolved (final) cached row may answer it; an
      // active one is read again. A key the cache does not know is taken to be new.
      const knownId = cache?.idOfKey({ accountId, idempotencyKey: operation.input.idempotencyKey });
      const cached = knownId === undefined ? undefined : cache?.get(knownId);
      if (cached && cached.status !== 'active') known.set(cached.id, cached);
      else if (knownId !== undefined) holdIds.add(knownId);
      else if (!cache) holdKeys.push({ accountId, key: operation.input.idempotencyKey });
      else unreadKeys.add(keyOf({ accountId, idempotencyKey: operation.input.idempotencyKey }));
      const userId = operation.input.userId;
      if (userId) members.set(memberKey({ accountId, userId }), { accountId, userId });
    } else if (operation.kind === 'credit' || operation.kind === 'debit') {
      entryKeys.push({ accountId, key: operation.input.idempotencyKey });
    } else if (!takeCached(operation.holdId)) {
      holdIds.add(operation.holdId);
    }
  }

  // Two index lookups (by idempotency key, by id), not one OR that would scan the accounts' holds.
  const byKey = db
    .select()
    .from(holds)
    .where(sql`${holds.id} in ${lookUpByKey({ table: 'holds', keys: holdKeys })}`);
  // By primary key only: with `account_id = …` as well, the planner may prefer the account's index (all its holds).
  const byId = db
    .select()
    .from(holds)
    .where(isOneOf({ column: holds.id, values: holdIds }));
  const holdRows = [
    ...known.values(),
    ...(holdKeys.length > 0 && holdIds.size > 0
      ? await byKey.unionAll(byId)
      : holdKeys.length > 0
        ? await byKey
        : holdIds.size > 0
          ? await byId
          : []),
  ];
  const entryRows =
    entryKeys.length > 0
      ? await db
          .select()
          .from(ledgerEntries)
          .where(sql`${ledgerEntries.id} in ${lookUpByKey({ table: 'ledger_entries', keys: entryKeys })}`)
      : [];

  const monthStart = startOfUtcMonth(now);
  const spending = await loadCaps({ db, members: [...members.values()], monthStart });

  return {
    accounts: new Map(
      accountRows.map((account) => [
        account.id,
        {
          id: account.id,
          organizationId: account.organizationId,
          balance: account.balance,
          reserved: account.reserved,
          lowBalanceThreshold: account.lowBalanceThreshold,
          lowBalanceNotifiedAt: account.lowBalanceNotifiedAt,
        },
      ]),
    ),
    holdsById: new Map(holdRows.map((row) => [row.id, row])),
    holdsByKey: new Map(holdRows.map((row) => [keyOf(row), row])),
    entriesByKey: new Map(entryRows.map((row): [string, EntryDraft] => [keyOf(row), row])),
    spending,
    monthStart,
    unreadKeys,
  };
}

interface AccountKey {
  accountId: string;
  key: string;
}

/**
 * `(select id … )` of the rows with these (account, idempotency key) pairs, looked up one by one (LATERAL … LIMIT 1,
 * which the planner cannot flatten into a join) on the unique (account_id, idempotency_key) index. Until a table
 * has statistics, `= any(keys)` or a join is planned as a scan of all the account's rows, which grows with every
 * hold of a busy account.
 */
function lookUpByKey({ table, keys }: { table: 'holds' | 'ledger_entries'; keys: readonly AccountKey[] }): SQL {
  return sql`(select found.id from unnest(${textArray(keys.map((item) => item.accountId))}, ${textArray(
    keys.map((item) => item.key),
  )}) as wanted (account_id, key) cross join lateral (select id from ${sql.identifier(table)} as row
      where row.account_id = wanted.account_id and row.idempotency_key = wanted.key limit 1) as found)`;
}

/** Caps and current spending of the members the batch holds for that have a cap. */
async function loadCaps({
  db,
  members,
  monthStart,
}: {
  db: Db;
  members: readonly MemberOfAccount[];
  monthStart: Date;
}): Promise<Map<string, MemberSpendingState>> {
  const spending = new Map<string, MemberSpendingState>();
  if (members.length === 0) return spending;
  const result: unknown = await db.execute(sql`
    select m.account_id, c.user_id, c.monthly_cap::text as monthly_cap
    from unnest(${textArray(members.map((member) => member.accountId))}, ${textArray(members.map((member) => member.userId))})
      as m (account_id, user_id)
    join token_accounts a on a.id = m.account_id
    join member_spending_caps c on c.organization_id = a.organization_id and c.user_id = m.user_id`);
  const caps = (result as { rows?: { account_id: string; user_id: string; monthly_cap: string }[] }).rows ?? [];
  const capped = caps.map((cap) => ({ accountId: cap.account_id, userId: cap.user_id }));
  const used = await loadMemberSpending({ db, members: capped, monthStart });
  for (const cap of caps) {
    const key = memberKey({ accountId: cap.account_id, userId: cap.user_id });
    spending.set(key, { cap: BigInt(cap.monthly_cap), used: used.get(key) ?? 0n });
  }
  return spending;
}
