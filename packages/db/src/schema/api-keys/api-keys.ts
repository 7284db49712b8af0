import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from '../identity/users.js';
import { organizations } from '../organizations/organizations.js';

/**
 * Secret keys for programs. `kind` `org` keys (`sk-sc-…`) act for their organization with their scopes;
 * `app` keys (`app-…`) are bound to one app for the Dify-compatible API (`appId` set). Only the SHA-256 of the
 * secret is stored, with a short visible `prefix` so people can tell keys apart.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['org', 'app'] }).notNull(),
    appId: text('app_id'),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    secretHash: text('secret_hash').notNull().unique(),
    scopes: text('scopes').array().notNull(),
    createdByUserId: text('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [index('api_keys_organization_id_idx').on(table.organizationId)],
);

export type ApiKeyRow = typeof apiKeys.$inferSelect;
