import { sql } from 'drizzle-orm';
import { bigint, check, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { HOLD_STATUSES } from './ledger-entry-kind.js';
import { tokenAccounts } from './token-accounts.js';

/**
 * Two-phase spending: a hold reserves tokens before a call and is resolved exactly once — settled (charged, at most
 * the held amount), voided, or expired by the sweeper. The status changes only from `active`, guarded in SQL.
 */
export const holds = pgTable(
  'holds',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => tokenAccounts.id, { onDelete: 'cascade' }),
    amount: bigint('amount', { mode: 'bigint' }).notNull(),
    status: text('status', { enum: HOLD_STATUSES }).notNull().default('active'),
    settledAmount: bigint('settled_amount', { mode: 'bigint' }),
    idempotencyKey: text('idempotency_key').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    userId: text('user_id'),
    apiKeyId: text('api_key_id'),
    appId: text('app_id'),
    action: text('action'),
    model: text('model'),
    metadata: jsonb('metadata').$type<Record<string, unknown>>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('holds_account_idempotency_uq').on(table.accountId, table.idempotencyKey),
    index('holds_account_user_created_idx').on(table.accountId, table.userId, table.createdAt),
    index('holds_active_expiry_idx').on(table.expiresAt).where(sql`${table.status} = 'active'`),
    check('holds_amount_positive', sql`${table.amount} > 0`),
    check(
      'holds_settled_within_amount',
      sql`${table.settledAmount} is null or (${table.settledAmount} >= 0 and ${table.settledAmount} <= ${table.amount})`,
    ),
  ],
);

export type HoldRow = typeof holds.$inferSelect;
