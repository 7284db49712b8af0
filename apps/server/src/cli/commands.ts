import type { CliCommand } from './command.js';
import { createAdminCommand } from './commands/create-admin-command.js';
import { migrateCommand } from './commands/migrate-command.js';

/** Every CLI command; adding one is a file in commands/ and a line here. */
export const COMMANDS = [createAdminCommand, migrateCommand] satisfies CliCommand[];
