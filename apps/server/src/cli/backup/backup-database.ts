import { rename, rm, writeFile } from 'node:fs/promises';
import { createDb } from '@sigmacode/db';
import { snapshotPglite } from '@sigmacode/db/testing';
import { postgresClientEnv } from './postgres-client-env.js';
import { runClientTool } from './run-client-tool.js';

/**
 * Writes a backup of the platform database to `out`. PostgreSQL (`url`): `pg_dump` in plain SQL (no owners, no
 * grants), a consistent snapshot even while the server runs. PGlite (`pgliteDir`): a tar of the data directory
 * (PGlite's dumpDataDir); stop the server first, as PGlite allows one process per data directory. The file is
 * written beside `out` and renamed into place, so a failed backup never leaves a half-written file under its name.
 *
 * @example
 * const { engine } = await backupDatabase({ url: env.DATABASE_URL, pgliteDir: 'data/pglite', out: 'backup.sql' })
 */
export async function backupDatabase({
  url,
  pgliteDir,
  out,
}: {
  url: string | undefined;
  pgliteDir: string;
  out: string;
}): Promise<{ engine: 'postgres' | 'pglite' }> {
  const partial = `${out}.partial`;
  try {
    if (url) {
      await runClientTool({
        program: 'pg_dump',
        args: ['--format=plain', '--no-owner', '--no-privileges', '--file', partial],
        env: postgresClientEnv(url),
      });
    } else {
      const database = await createDb({ dataDir: pgliteDir, migrate: false });
      try {
        // snapshotPglite is PGlite's dumpDataDir: the whole cluster as a tar that createDb can open again.
        const dump = await snapshotPglite(database);
        await writeFile(partial, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
      } finally {
        await database.close();
      }
    }
    await rename(partial, out);
    return { engine: url ? 'postgres' : 'pglite' };
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
