import { sql } from 'drizzle-orm';
import { bigint, check, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/organizations.js';

/**
 * Token cost per action. A row without organization overrides the built-in default for the whole platform
 * (operators); a row with one overrides it for that organization.
 */
export const actionPrices = pgTable(
  'action_prices',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    cost: bigint('cost', { mode: 'bigint' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('action_prices_scope_action_uq').on(table.organizationId, table.action).nullsNotDistinct(),
    check('action_prices_cost_nonnegative', sql`${table.cost} >= 0`),
  ],
);

/**
 * Metering by real LLM usage: platform tokens per 1,000 prompt and per 1,000 completion tokens of a model.
 * A hold covers the worst case (max_tokens) and settles to the usage the model reports.
 */
export const modelPrices = pgTable(
  'model_prices',
  {
    model: text('model').primaryKey(),
    promptPer1k: bigint('prompt_per_1k', { mode: 'bigint' }).notNull(),
    completionPer1k: bigint('completion_per_1k', { mode: 'bigint' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check('model_prices_nonnegative', sql`${table.promptPer1k} >= 0 and ${table.completionPer1k} >= 0`)],
);
