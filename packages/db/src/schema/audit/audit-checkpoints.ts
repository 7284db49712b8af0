import { bigint, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * Signed checkpoints of the audit chains: an Ed25519 signature over (chain, seq, hash, signed_at, key id). The key
 * derives from SIGMACODE_SECRET, so someone who can write to the database but does not hold the secret can rewrite
 * the chain only after its last checkpoint. Append-only like the entries (migration 0006).
 */
export const auditCheckpoints = pgTable(
  'audit_checkpoints',
  {
    id: text('id').primaryKey(),
    chain: text('chain').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    hash: text('hash').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true, precision: 3 }).notNull(),
    /** `ed25519:` + the first 16 hex digits of SHA-256 of the raw public key. */
    keyId: text('key_id').notNull(),
    /** The raw 32-byte public key, base64: for reading; the verifier trusts only keys it derives or is given. */
    publicKey: text('public_key').notNull(),
    signature: text('signature').notNull(),
  },
  (table) => [uniqueIndex('audit_checkpoints_chain_seq_uq').on(table.chain, table.seq)],
);

export type AuditCheckpointRow = typeof auditCheckpoints.$inferSelect;
