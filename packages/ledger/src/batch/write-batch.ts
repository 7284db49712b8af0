import type { Db } from '@sigmacode/db';
import { type SQL, sql } from 'drizzle-orm';
import { BatchConflictError } from '../database-errors.js';
import type { AccountState, BatchPlan } from './batch-state.js';
import { isOneOf } from './text-array.js';

/**
 * Writes a batch's plan in ONE statement of data-modifying CTEs: the new holds, the status changes of older holds
 * (guarded by `status = 'active'`), the new entries (ON CONFLICT DO NOTHING on the idempotency keys) and the
 * account. Then checks that every part touched exactly the rows it planned; if not, something wrote without the
 * account lock, and a {@link BatchConflictError} rolls the transaction back for a fresh attempt. Fills in the ids
 * of the new entries.
 *
 * Rows travel as one JSON document per part (`jsonb_to_recordset`) rather than as thousands of bind parameters: the
 * statement text stays small and constant, and building it costs next to nothing — with a few hundred operations
 * per batch, a parameter per value made building and planning the statement the slowest part of a batch.
 *
 * @example
 * await writeBatch({ db: tx, before, accounts: state.accounts, plan, now })
 */
export async function writeBatch({
  db,
  before,
  accounts,
  plan,
  now,
}: {
  db: Db;
  /** The accounts as they were read under the locks. */
  before: ReadonlyMap<string, AccountState>;
  /** The accounts after the batch. */
  accounts: ReadonlyMap<string, AccountState>;
  plan: BatchPlan;
  now: Date;
}): Promise<void> {
  const parts: { name: string; statement: SQL; expected: number }[] = [];

  if (plan.newHolds.size > 0) {
    const rows = [...plan.newHolds.values()].map((hold) => ({
      id: hold.id,
      account_id: hold.accountId,
      amount: hold.amount.toString(),
      status: hold.status,
      settled_amount: hold.settledAmount?.toString(),
      idempotency_key: hold.idempotencyKey,
      expires_at: hold.expiresAt.toISOString(),
      user_id: hold.userId ?? undefined,
      api_key_id: hold.apiKeyId ?? undefined,
      app_id: hold.appId ?? undefined,
      action: hold.action ?? undefined,
      model: hold.model ?? undefined,
      metadata: hold.metadata ?? undefined,
      created_at: hold.createdAt.toISOString(),
      resolved_at: hold.resolvedAt?.toISOString(),
    }));
    parts.push({
      name: 'new_holds',
      statement: sql`insert into holds (id, account_id, amount, status, settled_amount, idempotency_key, expires_at,
          user_id, api_key_id, app_id, action, model, metadata, created_at, resolved_at)
        select id, account_id, amount, status, settled_amount, idempotency_key, expires_at,
          user_id, api_key_id, app_id, action, model, metadata, created_at, resolved_at
        from jsonb_to_recordset(${JSON.stringify(rows)}::text::jsonb) as x (id text, account_id text, amount bigint,
          status text, settled_amount bigint, idempotency_key text, expires_at timestamptz, user_id text,
          api_key_id text, app_id text, action text, model text, metadata jsonb, created_at timestamptz,
          resolved_at timestamptz)
        on conflict do nothing
        returning id`,
      expected: plan.newHolds.size,
    });
  }

  if (plan.changedHolds.size > 0) {
    // One JSON object keyed by hold id: each updated row looks its new values up by key, so there is no join for
    // the planner to get wrong (it put the JSON rows on the inner side of a nested loop and re-read them per hold).
    const changes = Object.fromEntries(
      [...plan.changedHolds.values()].map((hold) => [
        hold.id,
        {
          status: hold.status,
          settled_amount: hold.settledAmount?.toString(),
          resolved_at: hold.resolvedAt?.toISOString(),
        },
      ]),
    );
    // Found by primary key. The guard is written `coalesce(status, '') = 'active'` so the planner cannot answer it
    // from the partial index of active holds: until VACUUM, that index still lists every hold that was ever active,
    // and scanning it made this update the slowest part of a batch.
    parts.push({
      name: 'resolved_holds',
      statement: sql`update holds set status = changes.of -> holds.id ->> 'status',
          settled_amount = (changes.of -> holds.id ->> 'settled_amount')::bigint,
          resolved_at = (changes.of -> holds.id ->> 'resolved_at')::timestamptz
        from (select ${JSON.stringify(changes)}::text::jsonb as of) as changes
        where ${isOneOf({ column: sql`holds.id`, values: plan.changedHolds.keys() })}
          and coalesce(holds.status, '') = 'active'
        returning holds.id`,
      expected: plan.changedHolds.size,
    });
  }

  if (plan.newEntries.length > 0) {
    const rows = plan.newEntries.map((entry) => ({
      account_id: entry.accountId,
      kind: entry.kind,
      balance_delta: entry.balanceDelta.toString(),
      reserved_delta: entry.reservedDelta.toString(),
      balance_after: entry.balanceAfter.toString(),
      reserved_after: entry.reservedAfter.toString(),
      hold_id: entry.holdId ?? undefined,
      idempotency_key: entry.idempotencyKey,
      user_id: entry.userId ?? undefined,
      api_key_id: entry.apiKeyId ?? undefined,
      app_id: entry.appId ?? undefined,
      action: entry.action ?? undefined,
      model: entry.model ?? undefined,
      reason: entry.reason ?? undefined,
      metadata: entry.metadata ?? undefined,
      created_at: entry.createdAt.toISOString(),
    }));
    // WITH ORDINALITY + ORDER BY: entry ids follow the order the operations were applied in.
    parts.push({
      name: 'new_entries',
      statement: sql`insert into ledger_entries (account_id, kind, balance_delta, reserved_delta, balance_after,
          reserved_after, hold_id, idempotency_key, user_id, api_key_id, app_id, action, model, reason, metadata,
          created_at)
        select account_id, kind, balance_delta, reserved_delta, balance_after, reserved_after, hold_id,
          idempotency_key, user_id, api_key_id, app_id, action, model, reason, metadata, created_at
        from rows from (jsonb_to_recordset(${JSON.stringify(rows)}::text::jsonb) as (account_id text, kind text,
          balance_delta bigint, reserved_delta bigint, balance_after bigint, reserved_after bigint, hold_id text,
          idempotency_key text, user_id text, api_key_id text, app_id text, action text, model text, reason text,
          metadata jsonb, created_at timestamptz)) with ordinality as x
        order by x.ordinality
        on conflict do nothing
        returning id, idempotency_key, hold_id`,
      expected: plan.newEntries.length,
    });
  }

  const changed = [...accounts.values()].filter((account) => {
    const read = before.get(account.id);
    return (
      !read ||
      account.balance !== read.balance ||
      account.reserved !== read.reserved ||
      account.lowBalanceNotifiedAt?.getTime() !== read.lowBalanceNotifiedAt?.getTime()
    );
  });
  if (changed.length > 0) {
    // Keyed by account id, looked up per updated row, like the holds above.
    const values = Object.fromEntries(
      changed.map((account) => [
        account.id,
        {
          balance: account.balance.toString(),
          reserved: account.reserved.toString(),
          low_balance_notified_at: account.lowBalanceNotifiedAt?.toISOString(),
        },
      ]),
    );
    parts.push({
      name: 'accounts',
      statement: sql`update token_accounts set balance = (changes.of -> token_accounts.id ->> 'balance')::bigint,
          reserved = (changes.of -> token_accounts.id ->> 'reserved')::bigint,
          low_balance_notified_at = (changes.of -> token_accounts.id ->> 'low_balance_notified_at')::timestamptz,
          updated_at = ${now.toISOString()}::text::timestamptz
        from (select ${JSON.stringify(values)}::text::jsonb as of) as changes
        where ${isOneOf({ column: sql`token_accounts.id`, values: changed.map((account) => account.id) })}
        returning token_accounts.id`,
      expected: changed.length,
    });
  }

  if (parts.length === 0) return;
  const withs = sql.join(
    parts.map((part) => sql`${sql.identifier(part.name)} as (${part.statement})`),
    sql`, `,
  );
  const counts = sql.join(
    parts.map((part) => sql`(select count(*)::int from ${sql.identifier(part.name)}) as ${sql.identifier(part.name)}`),
    sql`, `,
  );
  // Only credits and debits answer with their entry; the entries of holds are not returned, so not read back.
  const readsEntries = plan.newEntries.some((entry) => entry.holdId === null);
  const entryIds = readsEntries
    ? sql`, (select coalesce(json_agg(json_build_array(idempotency_key, id::text)), '[]'::json)::text
        from new_entries where hold_id is null) as entry_ids`
    : sql``;
  const [row] = rowsOf(await db.execute(sql`with ${withs} select ${counts}${entryIds}`));
  if (!row) throw new Error('ledger: the batch write returned no row');

  for (const part of parts) {
    if (Number(row[part.name]) !== part.expected) {
      throw new BatchConflictError(
        `ledger: ${part.name} touched ${String(row[part.name])} rows, planned ${part.expected}`,
      );
    }
  }
  if (readsEntries) {
    const ids = new Map(parseEntryIds(row.entry_ids));
    for (const entry of plan.newEntries) {
      if (entry.holdId !== null) continue;
      const id = ids.get(entry.idempotencyKey);
      if (id === undefined) throw new BatchConflictError('ledger: an entry was not returned by its insert');
      entry.id = BigInt(id);
    }
  }
}

/** Rows of a raw query, for both drivers (node-postgres and PGlite both answer `{ rows }`). */
function rowsOf(result: unknown): Record<string, unknown>[] {
  if (typeof result === 'object' && result !== null && 'rows' in result && Array.isArray(result.rows)) {
    return result.rows as Record<string, unknown>[];
  }
  throw new Error('ledger: unexpected result shape from the database driver');
}

function parseEntryIds(value: unknown): [string, string][] {
  const pairs: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  if (!Array.isArray(pairs)) throw new Error('ledger: entry ids are not a list');
  return pairs.map((pair: unknown) => {
    if (!Array.isArray(pair) || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') {
      throw new Error('ledger: malformed entry id');
    }
    return [pair[0], pair[1]];
  });
}
