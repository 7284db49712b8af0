import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createTestDatabaseUrl } from './create-test-database-url.js';
import { readTestDatabaseUrl } from './read-test-database-url.js';

const baseUrl = readTestDatabaseUrl();

async function databaseExists(name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    const result = await client.query('select 1 from pg_database where datname = $1', [name]);
    return result.rowCount === 1;
  } finally {
    await client.end();
  }
}

describe.skipIf(!baseUrl)('createTestDatabaseUrl', () => {
  it('creates a fresh database that drop() removes even while a connection is still open', async () => {
    const { url, drop } = await createTestDatabaseUrl();
    const name = new URL(url).pathname.slice(1);
    expect(name).toMatch(/^sigmacode_t_[0-9a-f]+$/);
    expect(await databaseExists(name)).toBe(true);

    const leaked = new pg.Client({ connectionString: url });
    leaked.on('error', () => {});
    await leaked.connect();
    await drop();
    await drop();
    expect(await databaseExists(name)).toBe(false);
    await leaked.end().catch(() => {});
  });
});
