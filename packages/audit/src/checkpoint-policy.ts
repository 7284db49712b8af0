/** When the log signs a checkpoint of a chain: after `everyEntries` entries, or `everyMs` after the last one. */
export interface CheckpointPolicy {
  everyEntries: number;
  everyMs: number;
}

export const DEFAULT_CHECKPOINT_POLICY: CheckpointPolicy = { everyEntries: 100, everyMs: 5 * 60_000 };

/**
 * Whether a chain whose head is at `seq` needs a checkpoint now: it has entries after its last checkpoint, and
 * either `everyEntries` of them or `everyMs` have passed since the last checkpoint (or since the chain began).
 *
 * @example
 * isCheckpointDue({ policy, seq: 100, lastCheckpointSeq: 0, since: head.createdAt, now }) // true
 */
export function isCheckpointDue({
  policy,
  seq,
  lastCheckpointSeq,
  since,
  now,
}: {
  policy: CheckpointPolicy;
  seq: number;
  lastCheckpointSeq: number;
  since: Date;
  now: Date;
}): boolean {
  if (seq <= lastCheckpointSeq) return false;
  return seq - lastCheckpointSeq >= policy.everyEntries || now.getTime() - since.getTime() >= policy.everyMs;
}
