import { join } from 'node:path';
import { AppError } from '@sigmacode/core';
import { backupDatabase } from '../backup/backup-database.js';
import type { CliCommand } from '../command.js';
import { parseFlags } from '../parse-flags.js';

/** `backup --out FILE`: pg_dump of DATABASE_URL, or a dump of the PGlite data directory (stop the server first). */
export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'Back up the database to a file (pg_dump for PostgreSQL, a data-directory dump for PGlite).',
  usage: 'backup --out FILE',
  async run({ args, env }) {
    const flags = parseFlags({ args, allowed: ['out'] });
    if (!flags.out) throw new AppError('BAD_REQUEST', { message: 'backup needs --out FILE' });
    const { engine } = await backupDatabase({
      url: env.DATABASE_URL,
      pgliteDir: join(env.DATA_DIR, 'pglite'),
      out: flags.out,
    });
    process.stdout.write(`Backed up the ${engine} database to ${flags.out}.\n`);
    return 0;
  },
};
