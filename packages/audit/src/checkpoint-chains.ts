import { type Db, schema } from '@sigmacode/db';
import { gt } from 'drizzle-orm';
import type { AuditSigner } from './audit-signing-key.js';
import { type CheckpointPolicy, isCheckpointDue } from './checkpoint-policy.js';
import { lockChainHead } from './lock-chain-head.js';
import { writeCheckpoint } from './write-checkpoint.js';

/**
 * Signs a checkpoint of every chain that has entries after its last checkpoint and is due by the policy (`force`:
 * every such chain, e.g. before a backup). Appends sign when they find a chain due; this also covers chains that
 * went quiet. Safe to run in every instance at once: each chain is decided under its head's lock, and a second
 * instance finds the checkpoint already written.
 *
 * @example
 * const { signed } = await checkpointChains({ db, signer, policy, force: true })
 */
export async function checkpointChains({
  db,
  signer,
  policy,
  force = false,
  now = () => new Date(),
}: {
  db: Db;
  signer: AuditSigner;
  policy: CheckpointPolicy;
  force?: boolean;
  now?: () => Date;
}): Promise<{ signed: number }> {
  const pending = await db
    .select({ chain: schema.auditChains.chain })
    .from(schema.auditChains)
    .where(gt(schema.auditChains.lastSeq, schema.auditChains.lastCheckpointSeq));
  let signed = 0;
  for (const { chain } of pending) {
    const wrote = await db.transaction(async (tx) => {
      const head = await lockChainHead({ tx, chain });
      const at = new Date(now().getTime());
      const due = force
        ? head.lastSeq > head.lastCheckpointSeq
        : isCheckpointDue({
            policy,
            seq: head.lastSeq,
            lastCheckpointSeq: head.lastCheckpointSeq,
            since: head.lastCheckpointAt ?? head.createdAt,
            now: at,
          });
      if (!due) return false;
      await writeCheckpoint({ tx, signer, chain, seq: head.lastSeq, hash: head.lastHash, now: at });
      return true;
    });
    if (wrote) signed += 1;
  }
  return { signed };
}
