import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb } from './create-db.js';
import type { Database } from './database.js';
import { runMigrations } from './run-migrations.js';
import { systemSettings } from './schema/index.js';
import { createTestDatabaseUrl } from './testing/create-test-database-url.js';
import { testEngines } from './testing/test-engines.js';

const journal = JSON.parse(readFileSync(new URL('../migrations/meta/_journal.json', import.meta.url), 'utf8')) as {
  entries: unknown[];
};
const MIGRATION_COUNT = journal.entries.length;

async function appliedRows(database: Database): Promise<number> {
  const result = await database.db.execute<{ count: number }>(
    sql`select count(*)::int as count from drizzle.__drizzle_migrations`,
  );
  // Both drivers return { rows }; the shared Db type leaves the result shape open.
  const { rows } = result as unknown as { rows: { count: number }[] };
  return Number(rows[0]?.count);
}

describe.each(testEngines())('runMigrations on $name', (engine) => {
  const opened: Database[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  const open = async (create: () => Promise<Database>) => {
    const database = await create();
    opened.push(database);
    return database;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((database) => database.close()));
    await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
  });

  it('applies every migration to a fresh database, and a second run applies none', async () => {
    const database = await open(() => engine.create({ migrate: false }));
    expect(MIGRATION_COUNT).toBeGreaterThan(0);

    await expect(runMigrations(database)).resolves.toEqual({ applied: MIGRATION_COUNT });
    await expect(runMigrations(database)).resolves.toEqual({ applied: 0 });
    expect(await appliedRows(database)).toBe(MIGRATION_COUNT);
    await expect(database.db.select().from(systemSettings)).resolves.toEqual([]);
  });

  it('createDb migrates by default', async () => {
    const database = await open(() => engine.create());
    expect(await appliedRows(database)).toBe(MIGRATION_COUNT);
    await expect(runMigrations(database)).resolves.toEqual({ applied: 0 });
  });

  it('two concurrent runs both succeed and apply the schema exactly once', async () => {
    let first: Database;
    let second: Database;
    if (engine.name === 'postgres') {
      // Two instances (two pools) on one database, as when two server replicas start together.
      const { url, drop } = await createTestDatabaseUrl();
      cleanups.push(drop);
      first = await open(() => createDb({ url, migrate: false }));
      second = await open(() => createDb({ url, migrate: false }));
    } else {
      first = await open(() => engine.create({ migrate: false }));
      second = first;
    }

    const results = await Promise.all([runMigrations(first), runMigrations(second)]);

    expect(results.map((result) => result.applied).sort()).toEqual([0, MIGRATION_COUNT]);
    expect(await appliedRows(first)).toBe(MIGRATION_COUNT);
    await expect(second.db.select().from(systemSettings)).resolves.toEqual([]);
  });
});

// Only meaningful for a connection pool, so defined only when a PostgreSQL server is configured.
if (testEngines().some((engine) => engine.name === 'postgres')) {
  describe('runMigrations on postgres', () => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    });
    it('migrates through a pool of a single connection without waiting on itself', async () => {
      const { url, drop } = await createTestDatabaseUrl();
      cleanups.push(drop);
      const database = await createDb({ url, poolSize: 1 });
      cleanups.push(() => database.close());
      expect(await appliedRows(database)).toBe(MIGRATION_COUNT);
    });
  });
}
