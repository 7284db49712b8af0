import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from '../identity/users.js';
import { ORG_ROLES } from './org-role.js';
import { organizations } from './organizations.js';

/**
 * Invitations by e-mail. Only the SHA-256 of the link's token is stored; a token is accepted once
 * (`acceptedAt`), and not after `expiresAt` or `revokedAt`.
 */
export const invitations = pgTable(
  'invitations',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role', { enum: ORG_ROLES }).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    invitedByUserId: text('invited_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedByUserId: text('accepted_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('invitations_organization_id_idx').on(table.organizationId)],
);

export type InvitationRow = typeof invitations.$inferSelect;
