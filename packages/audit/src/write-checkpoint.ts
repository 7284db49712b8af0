import { AppError, newId } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { eq } from 'drizzle-orm';
import type { AuditSigner } from './audit-signing-key.js';
import { checkpointMessage } from './checkpoint-message.js';

/** A signed checkpoint as stored. */
export type AuditCheckpoint = typeof schema.auditCheckpoints.$inferSelect;

/**
 * Signs (chain, seq, hash) and stores the checkpoint, moving the chain head's checkpoint marker. Call it inside the
 * transaction that holds the chain head's row lock, so the checkpoint names the head as it is.
 *
 * @example
 * await writeCheckpoint({ tx, signer, chain, seq: head.lastSeq, hash: head.lastHash, now })
 */
export async function writeCheckpoint({
  tx,
  signer,
  chain,
  seq,
  hash,
  now,
}: {
  tx: Db;
  signer: AuditSigner;
  chain: string;
  seq: number;
  hash: string;
  now: Date;
}): Promise<AuditCheckpoint> {
  const signedAt = new Date(now.getTime());
  const signature = signer.sign(checkpointMessage({ chain, seq, hash, signedAt, keyId: signer.keyId }));
  const [checkpoint] = await tx
    .insert(schema.auditCheckpoints)
    .values({
      id: newId('ackp'),
      chain,
      seq,
      hash,
      signedAt,
      keyId: signer.keyId,
      publicKey: signer.publicKey,
      signature,
    })
    .returning();
  await tx
    .update(schema.auditChains)
    .set({ lastCheckpointSeq: seq, lastCheckpointAt: signedAt })
    .where(eq(schema.auditChains.chain, chain));
  if (!checkpoint) throw new AppError('INTERNAL', { message: 'audit: the checkpoint was not stored' });
  return checkpoint;
}
