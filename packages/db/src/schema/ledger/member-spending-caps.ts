import { sql } from 'drizzle-orm';
import { bigint, check, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from '../identity/users.js';
import { organizations } from '../organizations/organizations.js';

/** Optional monthly token caps per member, set by admins: a member's holds and charges in a calendar month (UTC). */
export const memberSpendingCaps = pgTable(
  'member_spending_caps',
  {
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    monthlyCap: bigint('monthly_cap', { mode: 'bigint' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.organizationId, table.userId] }),
    check('member_spending_caps_nonnegative', sql`${table.monthlyCap} >= 0`),
  ],
);
