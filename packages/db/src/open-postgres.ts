import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Database, DbLogger } from './database.js';
import { registerDriver } from './driver-registry.js';
import { pingDatabase } from './ping-database.js';
import * as schema from './schema/index.js';

const CONNECTION_TIMEOUT_MS = 5_000;
const IDLE_TIMEOUT_MS = 30_000;

/**
 * Opens a node-postgres pool. Connects lazily: nothing touches the network until the first query,
 * so an unreachable server shows up as a failing ping rather than a hanging or crashing start.
 */
export function openPostgres({
  url,
  poolSize,
  logger,
}: {
  url: string;
  poolSize: number;
  logger: DbLogger | undefined;
}): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: CONNECTION_TIMEOUT_MS,
    idleTimeoutMillis: IDLE_TIMEOUT_MS,
    keepAlive: true,
    // A default only: an application_name in the URL wins.
    application_name: 'sigmacode',
  });
  // Without these listeners a dropped connection (server restart, failover) would be an unhandled 'error' event
  // and kill the process. The pool reports idle clients; checked-out clients also fail their running query,
  // so their listener only has to exist.
  pool.on('error', (err) => logger?.warn({ err }, 'idle PostgreSQL connection failed; the pool will reconnect'));
  pool.on('connect', (client) => client.on('error', () => {}));

  const db = drizzle({ client: pool, schema });
  registerDriver({ db, driver: { engine: 'postgres', pool } });

  let closing: Promise<void> | undefined;
  return {
    db,
    engine: 'postgres',
    ping: (options) =>
      pingDatabase({ query: (text) => pool.query(text), isClosed: () => closing !== undefined, ...options }),
    close: () => {
      closing ??= pool.end();
      return closing;
    },
  };
}
