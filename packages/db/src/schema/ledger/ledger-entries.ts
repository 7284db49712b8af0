import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { LEDGER_ENTRY_KINDS } from './ledger-entry-kind.js';
import { tokenAccounts } from './token-accounts.js';

/**
 * The append-only journal of a token account. Each entry records how it moved `balance` and `reserved` and what
 * they were afterwards, so the sum of the deltas always equals the account, and any moment can be replayed.
 * `(account_id, idempotency_key)` is unique: a retried operation finds its first entry instead of writing twice.
 */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: bigint('id', { mode: 'bigint' }).primaryKey().generatedAlwaysAsIdentity(),
    accountId: text('account_id')
      .notNull()
      .references(() => tokenAccounts.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: LEDGER_ENTRY_KINDS }).notNull(),
    balanceDelta: bigint('balance_delta', { mode: 'bigint' }).notNull(),
    reservedDelta: bigint('reserved_delta', { mode: 'bigint' }).notNull(),
    balanceAfter: bigint('balance_after', { mode: 'bigint' }).notNull(),
    reservedAfter: bigint('reserved_after', { mode: 'bigint' }).notNull(),
    holdId: text('hold_id'),
    idempotencyKey: text('idempotency_key').notNull(),
    /** Who or what caused it: the user, key, app, action and model of a hold; the operator and reason of a grant. */
    userId: text('user_id'),
    apiKeyId: text('api_key_id'),
    appId: text('app_id'),
    action: text('action'),
    model: text('model'),
    reason: text('reason'),
    metadata: jsonb('metadata').$type<Record<string, unknown>>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('ledger_entries_account_idempotency_uq').on(table.accountId, table.idempotencyKey),
    index('ledger_entries_account_created_idx').on(table.accountId, table.createdAt),
    index('ledger_entries_hold_idx').on(table.holdId).where(sql`${table.holdId} is not null`),
  ],
);

export type LedgerEntryRow = typeof ledgerEntries.$inferSelect;
