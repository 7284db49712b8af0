import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { readTestDatabaseUrl } from './read-test-database-url.js';

export interface TestDatabaseUrl {
  /** URL of a new, empty database on the test server. */
  readonly url: string;
  /** Drops the database, terminating connections still open to it. Idempotent. */
  drop(): Promise<void>;
}

/**
 * Creates a fresh, empty database on the test PostgreSQL server and returns its URL, for tests that need a raw
 * URL (server processes, two instances on one database). `baseUrl` defaults to TEST_DATABASE_URL; its database
 * is only used as the maintenance connection for CREATE and DROP.
 *
 * @example
 * const { url, drop } = await createTestDatabaseUrl()
 * try { const database = await createDb({ url }) ... } finally { await drop() }
 */
export async function createTestDatabaseUrl(options: { baseUrl?: string } = {}): Promise<TestDatabaseUrl> {
  const baseUrl = options.baseUrl ?? readTestDatabaseUrl();
  if (!baseUrl) throw new Error('createTestDatabaseUrl needs TEST_DATABASE_URL (or a baseUrl) to be set.');

  // Random hex only, so the name is a safe identifier and parallel test files never collide.
  const name = `sigmacode_t_${randomBytes(8).toString('hex')}`;
  await withMaintenanceClient(baseUrl, (client) => client.query(`create database "${name}"`));

  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  let dropping: Promise<void> | undefined;
  return {
    url: url.toString(),
    drop: () => {
      // WITH (FORCE) (PostgreSQL 13+) ends sessions a test leaked, which would otherwise block the drop.
      dropping ??= withMaintenanceClient(baseUrl, (client) =>
        client.query(`drop database if exists "${name}" with (force)`),
      ).then(() => undefined);
      return dropping;
    },
  };
}

async function withMaintenanceClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on('error', () => {});
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
