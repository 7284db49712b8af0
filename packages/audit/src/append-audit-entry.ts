import { AppError, newId } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { eq } from 'drizzle-orm';
import { chainOf } from './audit-constants.js';
import { type AuditEntry, type AuditEntryInput, AuditEntryInputSchema } from './audit-entry.js';
import type { AuditSigner } from './audit-signing-key.js';
import { type CheckpointPolicy, isCheckpointDue } from './checkpoint-policy.js';
import { hashAuditEntry } from './hash-audit-entry.js';
import { lockChainHead } from './lock-chain-head.js';
import { writeCheckpoint } from './write-checkpoint.js';

/**
 * Appends one entry to its organization's chain: locks the chain head, takes the next seq, hashes the entry onto
 * the previous hash, stores it, moves the head and — when the policy says so — signs a checkpoint, all in one
 * transaction. Passed a transaction, it runs inside it (as a savepoint), so the entry commits or rolls back with
 * the action it records; the head's row lock is then held until that transaction ends.
 *
 * @example
 * await appendAuditEntry({ db, signer, policy, entry: { action: 'api_key.created', organizationId, actorId, … } })
 */
export async function appendAuditEntry({
  db,
  signer,
  policy,
  entry,
  now = () => new Date(),
}: {
  db: Db;
  signer: AuditSigner;
  policy: CheckpointPolicy;
  entry: AuditEntryInput;
  now?: () => Date;
}): Promise<AuditEntry> {
  const parsed = AuditEntryInputSchema.safeParse(entry);
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', {
      message: 'audit: the entry is not valid',
      details: { issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) },
    });
  }
  const input = parsed.data;
  const chain = chainOf(input.organizationId);
  return db.transaction(async (tx) => {
    const head = await lockChainHead({ tx, chain });
    // Read the clock under the lock, so time never runs backwards along a chain written by one process.
    const occurredAt = new Date(now().getTime());
    const fields = {
      id: newId('aud'),
      chain,
      seq: head.lastSeq + 1,
      organizationId: input.organizationId,
      occurredAt,
      action: input.action,
      actorId: input.actorId,
      actorEmail: input.actorEmail,
      targetType: input.targetType,
      targetId: input.targetId,
      ip: input.ip,
      requestId: input.requestId,
      // Through JSON once, so the hashed value is exactly what jsonb stores and gives back.
      details: JSON.parse(JSON.stringify(input.details)) as Record<string, unknown>,
    };
    const stored: AuditEntry = {
      ...fields,
      prevHash: head.lastHash,
      hash: hashAuditEntry({ prevHash: head.lastHash, entry: fields }),
    };
    await tx.insert(schema.auditEntries).values(stored);
    await tx
      .update(schema.auditChains)
      .set({ lastSeq: stored.seq, lastHash: stored.hash, updatedAt: occurredAt })
      .where(eq(schema.auditChains.chain, chain));
    const due = isCheckpointDue({
      policy,
      seq: stored.seq,
      lastCheckpointSeq: head.lastCheckpointSeq,
      since: head.lastCheckpointAt ?? head.createdAt,
      now: occurredAt,
    });
    if (due) await writeCheckpoint({ tx, signer, chain, seq: stored.seq, hash: stored.hash, now: occurredAt });
    return stored;
  });
}
