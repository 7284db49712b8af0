import { readdir, readFile } from 'node:fs/promises';
import { AppError } from '@sigmacode/core';
import { createDb, rowsOf, runMigrations } from '@sigmacode/db';
import { sql } from 'drizzle-orm';
import { postgresClientEnv } from './postgres-client-env.js';
import { runClientTool } from './run-client-tool.js';

/**
 * Restores a backup made by backupDatabase into an EMPTY database, then applies any newer migrations. PostgreSQL:
 * `psql` runs the dump in one transaction and stops at the first error (a failed restore leaves nothing behind).
 * PGlite: the data directory is recreated from the tar. It refuses a target that already holds tables or data, so
 * a restore can never mix two databases or overwrite a live one.
 *
 * @example
 * await restoreDatabase({ url: env.DATABASE_URL, pgliteDir: 'data/pglite', input: 'backup.sql' })
 */
export async function restoreDatabase({
  url,
  pgliteDir,
  input,
}: {
  url: string | undefined;
  pgliteDir: string;
  input: string;
}): Promise<{ engine: 'postgres' | 'pglite'; applied: number }> {
  const content = await readFile(input);
  const isSql = content.subarray(0, 2).toString('latin1') === '--';
  if (url) {
    if (!isSql) throw new AppError('BAD_REQUEST', { message: `${input} is not a pg_dump SQL backup.` });
    await refuseNonEmptyPostgres(url);
    await runClientTool({
      program: 'psql',
      args: ['--no-psqlrc', '--quiet', '--single-transaction', '--set', 'ON_ERROR_STOP=1', '--file', input],
      env: postgresClientEnv(url),
    });
  } else {
    if (isSql) throw new AppError('BAD_REQUEST', { message: `${input} is a PostgreSQL backup; set DATABASE_URL.` });
    const existing = await readdir(pgliteDir).catch(() => []);
    if (existing.length > 0) {
      throw new AppError('CONFLICT', { message: `${pgliteDir} is not empty: restore into a new DATA_DIR.` });
    }
    const database = await createDb({ dataDir: pgliteDir, pgliteSnapshot: new Blob([content]), migrate: false });
    await database.close();
  }
  // A backup of an older version is brought up to date, as the server would at start.
  const database = await createDb({ ...(url ? { url } : {}), dataDir: pgliteDir, migrate: false });
  try {
    const { applied } = await runMigrations(database);
    return { engine: url ? 'postgres' : 'pglite', applied };
  } finally {
    await database.close();
  }
}

async function refuseNonEmptyPostgres(url: string): Promise<void> {
  const database = await createDb({ url, migrate: false, poolSize: 1 });
  try {
    const [row] = rowsOf(
      await database.db.execute(
        sql`select count(*)::int as "tables" from pg_tables where schemaname not in ('pg_catalog', 'information_schema')`,
      ),
    );
    if (Number(row?.tables ?? 0) > 0) {
      throw new AppError('CONFLICT', {
        message: 'The target database is not empty: restore into a new, empty database (createdb).',
      });
    }
  } finally {
    await database.close();
  }
}
