/** What can be wrong with a chain, as `audit verify` reports it. */
export type AuditProblemKind =
  | 'entries-missing'
  | 'link-broken'
  | 'content-altered'
  | 'truncated'
  | 'head-behind'
  | 'head-mismatch'
  | 'head-missing'
  | 'checkpoint-unknown-key'
  | 'checkpoint-key-mismatch'
  | 'checkpoint-bad-signature'
  | 'checkpoint-entry-missing'
  | 'checkpoint-hash-mismatch';

/** One break in a chain: where (chain, seq, entry or checkpoint id) and how (message). */
export interface AuditProblem {
  chain: string;
  kind: AuditProblemKind;
  seq: number | null;
  entryId: string | null;
  checkpointId: string | null;
  message: string;
}

export interface Tally {
  valid: number;
  total: number;
}

export interface ChainVerification {
  chain: string;
  entries: Tally;
  checkpoints: Tally;
  problems: AuditProblem[];
}

/** The result of verifying one or every chain; `ok` when nothing is wrong. */
export interface AuditVerification {
  ok: boolean;
  chains: ChainVerification[];
  entries: Tally;
  checkpoints: Tally;
  problems: AuditProblem[];
}
