import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import type { Database } from './database.js';
import { registerDriver } from './driver-registry.js';
import { pingDatabase } from './ping-database.js';
import * as schema from './schema/index.js';

/**
 * Opens an embedded PGlite database, in memory for 'memory://' or else in `dataDir` (created if missing).
 * `snapshot` starts it from a dump of another instance's data directory, which skips initdb (about 4x faster).
 */
export async function openPglite({ dataDir, snapshot }: { dataDir: string; snapshot?: Blob }): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  const location = inMemory ? dataDir : resolve(dataDir);
  if (!inMemory) await mkdir(location, { recursive: true });

  const client = await PGlite.create(location, snapshot ? { loadDataDir: snapshot } : {});
  const db = drizzle({ client, schema });
  registerDriver({ db, driver: { engine: 'pglite', client, db } });

  let closing: Promise<void> | undefined;
  return {
    db,
    engine: 'pglite',
    ping: (options) =>
      pingDatabase({
        query: (text) => client.query(text),
        isClosed: () => closing !== undefined || client.closed,
        ...options,
      }),
    close: () => {
      closing ??= client.closed ? Promise.resolve() : client.close();
      return closing;
    },
  };
}
