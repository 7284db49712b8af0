import { index, integer, jsonb, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { users } from '../identity/users.js';
import { organizations } from '../organizations/organizations.js';

/**
 * Firewall policies, versioned: every change inserts the next version, so what was enforced when stays known. A row
 * without `app_id` is the organization's policy; one with an app id overrides it for that app. The current policy
 * is the highest version of its scope.
 */
export const firewallPolicies = pgTable(
  'firewall_policies',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    appId: text('app_id'),
    version: integer('version').notNull(),
    /** Null: the policy was removed at this version (the next scope applies). */
    policy: jsonb('policy').$type<Record<string, unknown>>(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('firewall_policies_scope_version_uq')
      .on(table.organizationId, table.appId, table.version)
      .nullsNotDistinct(),
    index('firewall_policies_scope_idx').on(table.organizationId, table.appId),
  ],
);
export type FirewallPolicyRow = typeof firewallPolicies.$inferSelect;
