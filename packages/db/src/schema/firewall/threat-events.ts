import { index, jsonb, pgTable, real, text, timestamp } from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/organizations.js';

/** A finding as stored: never the matched value (see the firewall's Finding). */
export interface StoredFinding {
  detector: string;
  category: string;
  severity: string;
  type?: string;
  score: number;
  action: string;
  message: string;
}

/**
 * Every block, redaction and shadow hit of the firewall. `excerpt` is a short stretch of the text with secrets and
 * PII masked; `mode` says whether the action was enforced or only logged (shadow).
 */
export const threatEvents = pgTable(
  'threat_events',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    appId: text('app_id'),
    requestId: text('request_id'),
    /** Which surface: `openai`, `dify`, `console`, `test-console`. */
    api: text('api').notNull(),
    direction: text('direction', { enum: ['input', 'output', 'context'] }).notNull(),
    mode: text('mode', { enum: ['enforce', 'shadow'] }).notNull(),
    /** What the verdict was (`block`/`redact`), whether or not it was enforced. */
    action: text('action', { enum: ['block', 'redact', 'allow'] }).notNull(),
    detectors: text('detectors').array().notNull(),
    categories: text('categories').array().notNull(),
    findings: jsonb('findings').$type<StoredFinding[]>().notNull(),
    score: real('score').notNull(),
    excerpt: text('excerpt').notNull(),
    latencyMs: real('latency_ms').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('threat_events_organization_created_idx').on(table.organizationId, table.createdAt)],
);
export type ThreatEventRow = typeof threatEvents.$inferSelect;
