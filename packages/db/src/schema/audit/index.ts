export { type AuditChainRow, auditChains } from './audit-chains.js';
export { type AuditCheckpointRow, auditCheckpoints } from './audit-checkpoints.js';
export { type AuditEntryRow, auditEntries } from './audit-entries.js';
