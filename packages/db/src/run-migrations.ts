import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { Pool } from 'pg';
import type { Database } from './database.js';
import { type Driver, driverOf } from './driver-registry.js';

// Resolved from this file so it works from src (tsx, vitest) and from dist alike: both sit beside migrations/.
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../migrations', import.meta.url));
// Drizzle's defaults, spelled out because the applied count below reads this table directly.
const MIGRATIONS_SCHEMA = 'drizzle';
const MIGRATIONS_TABLE = '__drizzle_migrations';
const MIGRATION_CONFIG = {
  migrationsFolder: MIGRATIONS_FOLDER,
  migrationsSchema: MIGRATIONS_SCHEMA,
  migrationsTable: MIGRATIONS_TABLE,
};

/** A fixed advisory-lock key: the first 8 bytes of sha256('sigmacode:migrations') as a signed bigint. */
const MIGRATION_LOCK_KEY = createHash('sha256').update('sigmacode:migrations').digest().readBigInt64BE(0);

/**
 * Applies pending migrations and returns how many were new. Idempotent, and safe when several instances
 * start at once: on PostgreSQL they queue on a session-level advisory lock, on PGlite (one process) calls
 * on the same instance queue in-process.
 *
 * @example
 * const database = await createDb({ url, migrate: false })
 * const { applied } = await runMigrations(database) // 0 when the schema is current
 */
export async function runMigrations(database: Database): Promise<{ applied: number }> {
  const driver = driverOf(database.db);
  return driver.engine === 'postgres' ? migratePostgresLocked(driver.pool) : migratePgliteSerialized(driver);
}

async function migratePostgresLocked(pool: Pool): Promise<{ applied: number }> {
  // A dedicated client: the lock belongs to its session, and the migration runs on that same session so it
  // needs no second connection (a pool of one would otherwise wait on itself).
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('select pg_advisory_lock($1::bigint)', [MIGRATION_LOCK_KEY.toString()]);
    try {
      const query = (text: string) => client.query(text);
      const before = await countAppliedMigrations(query);
      await migratePostgres(drizzle({ client }), MIGRATION_CONFIG);
      return { applied: (await countAppliedMigrations(query)) - before };
    } finally {
      try {
        await client.query('select pg_advisory_unlock($1::bigint)', [MIGRATION_LOCK_KEY.toString()]);
      } catch (error) {
        // Destroying the connection ends its session, which releases the lock on the server.
        broken = error instanceof Error ? error : new Error(String(error));
      }
    }
  } finally {
    client.release(broken);
  }
}

const pgliteQueues = new WeakMap<PGlite, Promise<unknown>>();

function migratePgliteSerialized(driver: Extract<Driver, { engine: 'pglite' }>): Promise<{ applied: number }> {
  const { client, db } = driver;
  const previous = pgliteQueues.get(client) ?? Promise.resolve();
  const run = previous.then(async () => {
    const query = (text: string) => client.query(text);
    const before = await countAppliedMigrations(query);
    await migratePglite(db, MIGRATION_CONFIG);
    return { applied: (await countAppliedMigrations(query)) - before };
  });
  // A failed run must not poison the queue for the next caller, who gets its own chance (and its own error).
  pgliteQueues.set(
    client,
    run.catch(() => undefined),
  );
  return run;
}

async function countAppliedMigrations(query: (text: string) => Promise<{ rows: unknown[] }>): Promise<number> {
  const table = `"${MIGRATIONS_SCHEMA}"."${MIGRATIONS_TABLE}"`;
  const exists = await query(`select to_regclass('${table}') is not null as "exists"`);
  if (!readColumn(exists.rows, 'exists')) return 0;
  const counted = await query(`select count(*)::int as "count" from ${table}`);
  return Number(readColumn(counted.rows, 'count'));
}

function readColumn(rows: unknown[], column: string): unknown {
  const row = rows[0];
  return typeof row === 'object' && row !== null ? (row as Record<string, unknown>)[column] : undefined;
}
