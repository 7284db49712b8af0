import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb } from '../create-db.js';
import type { Database, DbEngine } from '../database.js';
import { driverOf } from '../driver-registry.js';
import { MIGRATIONS_FOLDER } from '../run-migrations.js';
import { createTestDatabaseUrl } from './create-test-database-url.js';
import { readTestDatabaseUrl } from './read-test-database-url.js';

/** One database engine a test suite runs against; every `create()` returns a fresh, isolated database. */
export interface TestEngine {
  name: DbEngine;
  create(options?: { migrate?: boolean }): Promise<Database>;
}

/**
 * PGlite always (in memory); PostgreSQL too when TEST_DATABASE_URL is set, each `create()` then making a new
 * database on that server that `close()` drops. For `describe.each`.
 *
 * @example
 * describe.each(testEngines())('settings on $name', (engine) => {
 *   let database: Database
 *   beforeEach(async () => { database = await engine.create() })
 *   afterEach(() => database.close())
 * })
 */
export function testEngines(): TestEngine[] {
  const engines: TestEngine[] = [
    {
      name: 'pglite',
      create: async ({ migrate = true } = {}) =>
        migrate
          ? createDb({ dataDir: 'memory://', pgliteSnapshot: await migratedSnapshot(), migrate: true })
          : createDb({ dataDir: 'memory://', migrate: false }),
    },
  ];
  const baseUrl = readTestDatabaseUrl();
  if (baseUrl) {
    engines.push({ name: 'postgres', create: ({ migrate = true } = {}) => createPostgresTestDb({ baseUrl, migrate }) });
  }
  return engines;
}

async function createPostgresTestDb({ baseUrl, migrate }: { baseUrl: string; migrate: boolean }): Promise<Database> {
  const { url, drop } = await createTestDatabaseUrl({ baseUrl });
  let database: Database;
  try {
    // A small pool: many test databases may be open at once against one local server.
    database = await createDb({ url, migrate, poolSize: 4 });
  } catch (error) {
    await drop();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    db: database.db,
    engine: database.engine,
    ping: (options) => database.ping(options),
    close: () => {
      closing ??= database.close().finally(drop);
      return closing;
    },
  };
}

let snapshot: Promise<Blob> | undefined;

/**
 * A dump of a freshly migrated in-memory PGlite. Opening from it skips initdb and the migrations (~0.4 s instead of
 * 2-5 s); `createDb` still runs the migrator on it, which finds nothing to apply. The dump is cached in the temp
 * folder under a hash of the migrations, so test files (each in its own module graph) share one.
 */
function migratedSnapshot(): Promise<Blob> {
  snapshot ??= (async () => {
    const file = join(tmpdir(), `sigmacode-pglite-${await migrationsHash()}.tar`);
    try {
      return new Blob([await readFile(file)]);
    } catch {
      const template = await createDb({ dataDir: 'memory://', migrate: true });
      try {
        const dump = await snapshotPglite(template);
        // Write then rename, so a concurrent test file never reads a half-written dump.
        const partial = `${file}.${process.pid}.${randomUUID()}`;
        await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
        await rename(partial, file);
        return dump;
      } finally {
        await template.close();
      }
    }
  })();
  return snapshot;
}

async function migrationsHash(): Promise<string> {
  const hash = createHash('sha256');
  const files = (await readdir(MIGRATIONS_FOLDER, { recursive: true })).sort();
  for (const name of files) {
    const path = join(MIGRATIONS_FOLDER, name);
    if ((await stat(path)).isFile()) hash.update(name).update(await readFile(path));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Dumps a PGlite database's data directory, to open copies of it with `createDb({ pgliteSnapshot })`. */
export async function snapshotPglite(database: Database): Promise<Blob> {
  const driver = driverOf(database.db);
  if (driver.engine !== 'pglite') throw new TypeError('snapshotPglite: not a PGlite database');
  return driver.client.dumpDataDir('none');
}
