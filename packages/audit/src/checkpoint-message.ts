import { canonicalJson } from './canonical-json.js';

/** What a checkpoint's signature covers. */
export interface CheckpointFields {
  chain: string;
  seq: number;
  hash: string;
  signedAt: Date;
  keyId: string;
}

/**
 * The signed message of a checkpoint: canonical JSON of `{ chain, hash, keyId, seq, signedAt, type }` with
 * `type` = `sigmacode.audit.checkpoint.v1` and `signedAt` in ISO 8601 UTC with milliseconds.
 *
 * @example
 * signer.sign(checkpointMessage({ chain, seq, hash, signedAt, keyId: signer.keyId }))
 */
export function checkpointMessage(fields: CheckpointFields): string {
  return canonicalJson({
    type: 'sigmacode.audit.checkpoint.v1',
    chain: fields.chain,
    seq: fields.seq,
    hash: fields.hash,
    signedAt: fields.signedAt.toISOString(),
    keyId: fields.keyId,
  });
}
