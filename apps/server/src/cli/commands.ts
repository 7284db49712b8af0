import type { CliCommand } from './command.js';
import { auditCommand } from './commands/audit-verify-command.js';
import { backupCommand } from './commands/backup-command.js';
import { createAdminCommand } from './commands/create-admin-command.js';
import { migrateCommand } from './commands/migrate-command.js';
import { restoreCommand } from './commands/restore-command.js';

/** Every CLI command; adding one is a file in commands/ and a line here. */
export const COMMANDS = [
  createAdminCommand,
  migrateCommand,
  auditCommand,
  backupCommand,
  restoreCommand,
] satisfies CliCommand[];
