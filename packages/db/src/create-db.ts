import type { CreateDbOptions, Database } from './database.js';
import { openPglite } from './open-pglite.js';
import { openPostgres } from './open-postgres.js';
import { runMigrations } from './run-migrations.js';

const DEFAULT_DATA_DIR = './data/pglite';
const DEFAULT_POOL_SIZE = 10;

/**
 * Opens the platform database: PostgreSQL when `url` is given, otherwise embedded PGlite in `dataDir`.
 * Runs pending migrations unless `migrate: false`; on a migration failure the database is closed again
 * before the error is rethrown, so a failed start leaves no open handles.
 *
 * @example
 * const database = await createDb({ url: env.DATABASE_URL, logger })
 * const settings = await database.db.select().from(schema.systemSettings)
 * await database.close()
 */
export async function createDb(options: CreateDbOptions): Promise<Database> {
  const {
    url,
    dataDir = DEFAULT_DATA_DIR,
    migrate = true,
    poolSize = DEFAULT_POOL_SIZE,
    logger,
    pgliteSnapshot,
  } = options;

  let database: Database;
  if (url !== undefined) {
    // The URL itself is never echoed: it usually carries a password.
    if (!/^postgres(ql)?:\/\//i.test(url)) {
      throw new TypeError('createDb: url must start with postgres:// or postgresql://.');
    }
    if (!Number.isInteger(poolSize) || poolSize < 1) {
      throw new RangeError(`createDb: poolSize must be a positive integer, got ${poolSize}.`);
    }
    database = openPostgres({ url, poolSize, logger });
  } else {
    database = await openPglite({ dataDir, ...(pgliteSnapshot ? { snapshot: pgliteSnapshot } : {}) });
  }
  logger?.info({ engine: database.engine, ...(url === undefined && { dataDir }) }, 'database opened');

  if (!migrate) return database;
  try {
    const { applied } = await runMigrations(database);
    logger?.info({ engine: database.engine, applied }, 'database migrations done');
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
  return database;
}
