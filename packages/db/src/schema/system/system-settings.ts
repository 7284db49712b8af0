import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Platform-wide settings that operators change at runtime (pricing defaults and the like), one JSON value per key.
 * The value stays `unknown` here: each reader parses its own key with zod, so a hand-edited row cannot
 * smuggle a wrongly shaped value into the code that uses it.
 *
 * @example
 * await db.insert(systemSettings).values({ key: 'pricing.defaults', value: { inputPer1k: 3 } })
 */
export const systemSettings = pgTable('system_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').$type<unknown>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type SystemSetting = typeof systemSettings.$inferSelect;
export type NewSystemSetting = typeof systemSettings.$inferInsert;
