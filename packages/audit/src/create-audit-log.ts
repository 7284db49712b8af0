import type { Db } from '@sigmacode/db';
import { appendAuditEntry } from './append-audit-entry.js';
import type { AuditEntry, AuditEntryInput } from './audit-entry.js';
import { type AuditPublicKey, type AuditSigner, deriveAuditSigningKey } from './audit-signing-key.js';
import type { AuditVerification } from './audit-verification.js';
import { checkpointChains } from './checkpoint-chains.js';
import { type CheckpointPolicy, DEFAULT_CHECKPOINT_POLICY } from './checkpoint-policy.js';
import { type AuditEntryFilter, listAuditEntries } from './list-audit-entries.js';
import { verifyAuditLog } from './verify-audit-log.js';

/** The audit log, bound to a database, a signing key and a checkpoint policy. */
export interface AuditLog {
  /** The checkpoint signer's key id and public key (base64), for operators to keep. */
  readonly signer: Pick<AuditSigner, 'keyId' | 'publicKey'>;
  /** Appends an entry; pass `tx` to write it in the transaction of the action it records. */
  record(entry: AuditEntryInput, options?: { tx?: Db }): Promise<AuditEntry>;
  list(options: {
    chain: string;
    filter?: AuditEntryFilter;
    limit: number;
    cursor?: string | null;
  }): Promise<{ entries: AuditEntry[]; nextCursor: string | null }>;
  /** Signs the chains that are due (all with unsigned entries when `force`). */
  checkpoint(options?: { force?: boolean }): Promise<{ signed: number }>;
  /** Verifies one chain or all, trusting this log's key and `trustedKeys` (e.g. keys of earlier secrets). */
  verify(options?: { chain?: string; trustedKeys?: readonly AuditPublicKey[] }): Promise<AuditVerification>;
}

/**
 * Creates the audit log: hash-chained entries per organization, Ed25519 checkpoints signed with the key derived
 * from `secret` every `checkpoint.everyEntries` entries or `checkpoint.everyMs` (default 100 / 5 minutes).
 *
 * @example
 * const audit = createAuditLog({ db, secret: config.secret })
 * await audit.record({ action: 'api_key.created', organizationId, actorId: userId, targetType: 'api_key', targetId })
 */
export function createAuditLog({
  db,
  secret,
  checkpoint = DEFAULT_CHECKPOINT_POLICY,
  now,
}: {
  db: Db;
  secret: string;
  checkpoint?: Partial<CheckpointPolicy>;
  now?: () => Date;
}): AuditLog {
  const signer = deriveAuditSigningKey({ secret });
  const policy: CheckpointPolicy = { ...DEFAULT_CHECKPOINT_POLICY, ...checkpoint };
  const clock = now ? { now } : {};
  return {
    signer: { keyId: signer.keyId, publicKey: signer.publicKey },
    record: (entry, options = {}) => appendAuditEntry({ db: options.tx ?? db, signer, policy, entry, ...clock }),
    list: (options) => listAuditEntries({ db, ...options }),
    checkpoint: ({ force } = {}) => checkpointChains({ db, signer, policy, ...(force ? { force } : {}), ...clock }),
    verify: ({ chain, trustedKeys = [] } = {}) =>
      verifyAuditLog({ db, trustedKeys: [signer, ...trustedKeys], ...(chain !== undefined ? { chain } : {}) }),
  };
}
