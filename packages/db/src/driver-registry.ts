import type { PGlite } from '@electric-sql/pglite';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { Pool } from 'pg';
import type { Db } from './database.js';
import type * as schema from './schema/index.js';

/** The raw client behind a {@link Db}. Its public type hides it; runMigrations needs it for locking. */
export type Driver =
  | { readonly engine: 'postgres'; readonly pool: Pool }
  | { readonly engine: 'pglite'; readonly client: PGlite; readonly db: PgliteDatabase<typeof schema> };

// Keyed by the Drizzle instance rather than the Database object so wrappers (the testing helper's
// drop-on-close Database) that pass the same `db` along still resolve to their driver.
const drivers = new WeakMap<Db, Driver>();

export function registerDriver({ db, driver }: { db: Db; driver: Driver }): void {
  drivers.set(db, driver);
}

export function driverOf(db: Db): Driver {
  const driver = drivers.get(db);
  if (!driver) throw new TypeError('This Database was not made by createDb from @sigmacode/db.');
  return driver;
}
