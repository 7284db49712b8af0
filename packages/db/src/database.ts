import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index.js';

/** Which database a {@link Database} talks to. */
export type DbEngine = 'postgres' | 'pglite';

/**
 * The Drizzle database both engines share. Use-cases take this type, so the same code runs on PostgreSQL
 * in production and on PGlite in development and tests; driver-specific result shapes stay out of reach.
 *
 * @example
 * const rows = await db.select().from(schema.systemSettings)
 */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** The pino-compatible subset the package logs through. */
export interface DbLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

/** An open database: the Drizzle handle plus what health checks and shutdown need. */
export interface Database {
  readonly db: Db;
  readonly engine: DbEngine;
  /** Resolves when the database answers `select 1` within timeoutMs (default 2000); rejects otherwise. */
  ping(options?: { timeoutMs?: number }): Promise<void>;
  /** Closes the pool / PGlite instance. Idempotent. */
  close(): Promise<void>;
}

export interface CreateDbOptions {
  /** PostgreSQL URL (`postgres://` or `postgresql://`); when absent, embedded PGlite is used. */
  url?: string;
  /** PGlite data directory (default './data/pglite'); 'memory://' for an in-memory instance. */
  dataDir?: string;
  /** Run migrations at start (default true). */
  migrate?: boolean;
  /**
   * PGlite only: start from a data-directory dump (see `snapshotPglite` in `@sigmacode/db/testing`) instead of an
   * empty cluster. Tests use it to open a migrated database in a fraction of the time.
   */
  pgliteSnapshot?: Blob;
  /** PostgreSQL pool max (default 10). */
  poolSize?: number;
  logger?: DbLogger;
}
