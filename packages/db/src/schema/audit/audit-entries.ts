import { sql } from 'drizzle-orm';
import { bigint, check, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * The audit log: security- and money-relevant actions, append-only (a trigger refuses UPDATE, DELETE and TRUNCATE,
 * see migration 0006). Entries form one hash chain per organization (`chain` = the organization id, or `platform`
 * for actions that belong to no organization): `seq` counts 1, 2, 3 … within the chain and `hash` covers
 * `prev_hash` plus the canonical encoding of the entry (`@sigmacode/audit`), so an edit, a deletion or a reordering
 * shows when the chain is verified. No foreign keys: an entry outlives the organization, user or key it names.
 */
export const auditEntries = pgTable(
  'audit_entries',
  {
    id: text('id').primaryKey(),
    chain: text('chain').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    organizationId: text('organization_id'),
    /** Millisecond precision, the precision of the canonical encoding, so what is read back hashes the same. */
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    action: text('action').notNull(),
    /** A user id (`usr_…`), an API key id (`key_…`), or null for the system or an unknown caller. */
    actorId: text('actor_id'),
    actorEmail: text('actor_email'),
    targetType: text('target_type'),
    targetId: text('target_id'),
    ip: text('ip'),
    requestId: text('request_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [
    uniqueIndex('audit_entries_chain_seq_uq').on(table.chain, table.seq),
    index('audit_entries_chain_action_idx').on(table.chain, table.action),
    index('audit_entries_chain_occurred_idx').on(table.chain, table.occurredAt),
    check('audit_entries_chain_ck', sql`${table.chain} = coalesce(${table.organizationId}, 'platform')`),
    check('audit_entries_seq_ck', sql`${table.seq} >= 1`),
  ],
);

export type AuditEntryRow = typeof auditEntries.$inferSelect;
