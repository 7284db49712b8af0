import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAppError } from '@sigmacode/core';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from './create-db.js';
import type { Database } from './database.js';
import { systemSettings } from './schema/index.js';
import { testEngines } from './testing/test-engines.js';

describe.each(testEngines())('createDb on $name', (engine) => {
  let database: Database;
  afterEach(async () => {
    await database.close();
  });

  it('ping resolves while the database is up and rejects once it is closed', async () => {
    database = await engine.create();
    expect(database.engine).toBe(engine.name);
    await expect(database.ping()).resolves.toBeUndefined();

    await database.close();
    const error = await database.ping().catch((caught: unknown) => caught);
    expect(isAppError(error) && error.code).toBe('UNAVAILABLE');
  });

  it('close can be called more than once', async () => {
    database = await engine.create({ migrate: false });
    await Promise.all([database.close(), database.close()]);
    await expect(database.close()).resolves.toBeUndefined();
  });

  it('stores a JSON setting and stamps updated_at', async () => {
    database = await engine.create();
    const value = { inputPer1k: 3, nested: { tiers: [1, 2] }, label: 'défaut' };
    await database.db.insert(systemSettings).values({ key: 'pricing.defaults', value });

    const [row] = await database.db.select().from(systemSettings).where(eq(systemSettings.key, 'pricing.defaults'));
    expect(row?.value).toEqual(value);
    expect(row?.updatedAt).toBeInstanceOf(Date);
    expect(Math.abs((row?.updatedAt.getTime() ?? 0) - Date.now())).toBeLessThan(60_000);
    await expect(database.db.query.systemSettings.findFirst()).resolves.toMatchObject({ key: 'pricing.defaults' });
  });
});

describe('createDb on pglite with a data directory', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'sigmacode-db-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('creates a missing directory and keeps data across close and reopen', async () => {
    const dataDir = join(root, 'nested', 'pglite');
    const first = await createDb({ dataDir });
    await first.db.insert(systemSettings).values({ key: 'kept', value: [1, 2, 3] });
    await first.close();

    const second = await createDb({ dataDir });
    try {
      const rows = await second.db.select().from(systemSettings);
      expect(rows.map(({ key, value }) => ({ key, value }))).toEqual([{ key: 'kept', value: [1, 2, 3] }]);
    } finally {
      await second.close();
    }
  });
});

// These need no PostgreSQL server: they check behaviour when there is none, or one that never answers.
describe('createDb on postgres when the server is unreachable', () => {
  it('with migrate:false returns at once, and ping rejects within the timeout when nothing listens', async () => {
    const database = await createDb({ url: 'postgres://postgres@127.0.0.1:1/none', migrate: false });
    try {
      const started = Date.now();
      const error = await database.ping({ timeoutMs: 1_000 }).catch((caught: unknown) => caught);
      expect(isAppError(error) && error.code).toBe('UNAVAILABLE');
      expect(Date.now() - started).toBeLessThan(1_500);
    } finally {
      await database.close();
    }
  });

  describe('a server that accepts connections but never answers', () => {
    let server: Server;
    const sockets = new Set<Socket>();
    let url: string;
    beforeAll(async () => {
      server = createServer((socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const address = server.address();
      if (address === null || typeof address === 'string') throw new Error('no TCP address');
      url = `postgres://postgres@127.0.0.1:${address.port}/none`;
    });
    afterAll(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    it('makes ping reject once timeoutMs has passed', async () => {
      const database = await createDb({ url, migrate: false });
      try {
        const started = Date.now();
        const error = await database.ping({ timeoutMs: 300 }).catch((caught: unknown) => caught);
        expect(isAppError(error) && error.message).toMatch(/within 300 ms/);
        expect(Date.now() - started).toBeGreaterThanOrEqual(290);
        expect(Date.now() - started).toBeLessThan(1_000);
      } finally {
        for (const socket of sockets) socket.destroy();
        await database.close();
      }
    });
  });

  it('with migrations on, rejects instead of hanging', async () => {
    await expect(createDb({ url: 'postgres://postgres@127.0.0.1:1/none' })).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('createDb options', () => {
  it('rejects a url that is not a PostgreSQL URL without echoing it', async () => {
    const error = await createDb({ url: 'mysql://root:secret@localhost/x' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TypeError);
    expect(String(error)).not.toContain('secret');
  });

  it('rejects a pool size that is not a positive integer', async () => {
    await expect(createDb({ url: 'postgres://localhost/x', poolSize: 0 })).rejects.toThrow(RangeError);
  });
});
