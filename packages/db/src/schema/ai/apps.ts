import { index, integer, jsonb, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { users } from '../identity/users.js';
import { organizations } from '../organizations/organizations.js';

/** Dify's app modes. */
export const APP_MODES = ['chat', 'completion', 'agent-chat', 'workflow'] as const;
export type AppMode = (typeof APP_MODES)[number];

/** An app: a configured assistant an organization offers (console chat, OpenAI `app:<id>`, Dify API). */
export const apps = pgTable(
  'apps',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    mode: text('mode', { enum: APP_MODES }).notNull(),
    /** The version in force (app_versions.version). */
    currentVersion: integer('current_version').notNull(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('apps_organization_idx').on(table.organizationId)],
);
export type AppRow = typeof apps.$inferSelect;

/**
 * Every configuration an app has had: model, system prompt, parameters, opening statement, suggested questions,
 * tools, fallback models. A change is a new version, so a conversation can tell which configuration answered.
 */
export const appVersions = pgTable(
  'app_versions',
  {
    id: text('id').primaryKey(),
    appId: text('app_id')
      .notNull()
      .references(() => apps.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    config: jsonb('config').$type<Record<string, unknown>>().notNull(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [unique('app_versions_app_version_uq').on(table.appId, table.version)],
);
export type AppVersionRow = typeof appVersions.$inferSelect;
