export { createDb } from './create-db.js';
export type { CreateDbOptions, Database, Db, DbEngine, DbLogger } from './database.js';
export { rowsOf } from './rows-of.js';
export { runMigrations } from './run-migrations.js';
export { APP_MODES, type AppMode, MESSAGE_STATUSES, type MessageStatus } from './schema/ai/index.js';
export * as schema from './schema/index.js';
export {
  HOLD_STATUSES,
  type HoldStatus,
  LEDGER_ENTRY_KINDS,
  type LedgerEntryKind,
} from './schema/ledger/ledger-entry-kind.js';
export { ORG_ROLES, type OrgRole } from './schema/organizations/org-role.js';
