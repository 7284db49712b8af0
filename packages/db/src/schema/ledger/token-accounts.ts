import { sql } from 'drizzle-orm';
import { bigint, check, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/organizations.js';

/**
 * One prepaid token account per organization. `balance` is what the organization owns; `reserved` is what active
 * holds have set aside; available = balance − reserved. The database itself refuses a negative balance, a
 * negative reservation and a reservation above the balance, whatever the code does.
 */
export const tokenAccounts = pgTable(
  'token_accounts',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .unique()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    balance: bigint('balance', { mode: 'bigint' }).notNull().default(sql`0`),
    reserved: bigint('reserved', { mode: 'bigint' }).notNull().default(sql`0`),
    /** Raise a low-balance event when available falls below this; null = off. */
    lowBalanceThreshold: bigint('low_balance_threshold', { mode: 'bigint' }),
    lowBalanceNotifiedAt: timestamp('low_balance_notified_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('token_accounts_balance_nonnegative', sql`${table.balance} >= 0`),
    check(
      'token_accounts_reserved_within_balance',
      sql`${table.reserved} >= 0 and ${table.reserved} <= ${table.balance}`,
    ),
  ],
);

export type TokenAccountRow = typeof tokenAccounts.$inferSelect;
