import { bigint, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The head of each audit chain: the last sequence number and hash, and the last signed checkpoint. Appends lock
 * this row (`SELECT … FOR UPDATE`), which serializes the appends of one organization across connections and
 * processes, so the chain never forks. The head is state, not evidence: the verifier only uses it to notice a
 * chain cut short after its last checkpoint.
 */
export const auditChains = pgTable('audit_chains', {
  chain: text('chain').primaryKey(),
  lastSeq: bigint('last_seq', { mode: 'number' }).notNull(),
  lastHash: text('last_hash').notNull(),
  lastCheckpointSeq: bigint('last_checkpoint_seq', { mode: 'number' }).notNull().default(0),
  lastCheckpointAt: timestamp('last_checkpoint_at', { withTimezone: true, precision: 3 }),
  createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
});

export type AuditChainRow = typeof auditChains.$inferSelect;
