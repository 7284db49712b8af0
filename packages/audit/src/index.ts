export { appendAuditEntry } from './append-audit-entry.js';
export { chainOf, GENESIS_HASH, PLATFORM_CHAIN } from './audit-constants.js';
export {
  AUDIT_ACTIONS,
  type AuditAction,
  AuditActionSchema,
  type AuditEntry,
  type AuditEntryInput,
  AuditEntryInputSchema,
} from './audit-entry.js';
export {
  type AuditPublicKey,
  type AuditSigner,
  auditPublicKeyFrom,
  deriveAuditSigningKey,
  verifyAuditSignature,
} from './audit-signing-key.js';
export type {
  AuditProblem,
  AuditProblemKind,
  AuditVerification,
  ChainVerification,
  Tally,
} from './audit-verification.js';
export { canonicalJson } from './canonical-json.js';
export { checkpointChains } from './checkpoint-chains.js';
export { checkpointMessage } from './checkpoint-message.js';
export { type CheckpointPolicy, DEFAULT_CHECKPOINT_POLICY, isCheckpointDue } from './checkpoint-policy.js';
export { type AuditLog, createAuditLog } from './create-audit-log.js';
export { formatAuditVerification } from './format-audit-verification.js';
export { canonicalAuditEntry, hashAuditEntry } from './hash-audit-entry.js';
export { type AuditEntryFilter, listAuditEntries, MAX_AUDIT_PAGE } from './list-audit-entries.js';
export { verifyAuditChain } from './verify-audit-chain.js';
export { verifyAuditLog } from './verify-audit-log.js';
export type { AuditCheckpoint } from './write-checkpoint.js';
