import { jsonb, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { users } from '../identity/users.js';
import { organizations } from '../organizations/organizations.js';

/**
 * An organization's credentials for an LLM provider. `settings` holds what is not secret (base URL, Azure resource,
 * API version); `sealed_secret` the API key (and secret headers), encrypted with a key derived from SIGMACODE_SECRET
 * (AES-256-GCM) — never returned by the API.
 */
export const providerCredentials = pgTable(
  'provider_credentials',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** How apps name it in a model id: `<name>/<model>`. */
    name: text('name').notNull(),
    type: text('type').notNull(),
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull(),
    sealedSecret: text('sealed_secret'),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [unique('provider_credentials_org_name_uq').on(table.organizationId, table.name)],
);
export type ProviderCredentialRow = typeof providerCredentials.$inferSelect;
