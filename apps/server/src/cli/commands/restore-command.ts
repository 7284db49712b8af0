import { join } from 'node:path';
import { AppError } from '@sigmacode/core';
import { restoreDatabase } from '../backup/restore-database.js';
import type { CliCommand } from '../command.js';
import { parseFlags } from '../parse-flags.js';

/** `restore --in FILE`: into the EMPTY database at DATABASE_URL, or a new PGlite DATA_DIR; then migrates. */
export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'Restore a backup into an empty database (DATABASE_URL) or a new DATA_DIR (PGlite), then migrate.',
  usage: 'restore --in FILE',
  async run({ args, env }) {
    const flags = parseFlags({ args, allowed: ['in'] });
    if (!flags.in) throw new AppError('BAD_REQUEST', { message: 'restore needs --in FILE' });
    const { engine, applied } = await restoreDatabase({
      url: env.DATABASE_URL,
      pgliteDir: join(env.DATA_DIR, 'pglite'),
      input: flags.in,
    });
    process.stdout.write(
      `Restored ${flags.in} into the ${engine} database (${applied} newer migration(s) applied). Run \`npm run cli -- audit verify\` to check the audit log.\n`,
    );
    return 0;
  },
};
