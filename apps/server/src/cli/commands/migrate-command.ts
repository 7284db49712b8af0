import { join } from 'node:path';
import { createDb, runMigrations } from '@sigmacode/db';
import type { CliCommand } from '../command.js';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'Apply pending database migrations (the server also does this at start).',
  usage: 'migrate',
  async run({ env, logger }) {
    const database = await createDb({
      url: env.DATABASE_URL,
      dataDir: join(env.DATA_DIR, 'pglite'),
      migrate: false,
      logger,
    });
    try {
      const { applied } = await runMigrations(database);
      process.stdout.write(`${applied} migration(s) applied on ${database.engine}.\n`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
