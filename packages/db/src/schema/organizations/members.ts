import { index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from '../identity/users.js';
import { ORG_ROLES } from './org-role.js';
import { organizations } from './organizations.js';

/** Membership of a user in an organization, with one role. A user is a member of an organization at most once. */
export const members = pgTable(
  'members',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ORG_ROLES }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('members_organization_user_uq').on(table.organizationId, table.userId),
    index('members_user_id_idx').on(table.userId),
  ],
);

export type MemberRow = typeof members.$inferSelect;
