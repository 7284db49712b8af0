// Child process of bench/gateway: SIGMACODE on a real port with the whole pipeline on — API-key authentication, rate
// limits (raised far above the load), price and hold, the organization's (default) firewall policy on input and on
// the streamed output, settle — and `openai-compatible` pointing at the fake upstream. It creates an organization
// with plenty of credit and a `chat` key, and reports them to the parent.
// Environment: BENCH_UPSTREAM_URL (required); BENCH_DATABASE_URL (PostgreSQL server; a database of its own is
// created and dropped) else in-memory PGlite; BENCH_REDIS_URL (rate limits in Redis) else in process;
// BENCH_GATEWAY_LOG=info|silent (default info: one access-log line per request, as in production; stdout is discarded
// by the parent).
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createDb, type Database } from '@sigmacode/db';
import { createTestDatabaseUrl, testEngines } from '@sigmacode/db/testing';
import { createLedger } from '@sigmacode/ledger';
import { z } from 'zod';
import { DEFAULT_AI_CONFIG } from '../../apps/server/src/ai/ai-config.js';
import { createApp } from '../../apps/server/src/create-app.js';
import { createLogger } from '../../apps/server/src/infra/create-logger.js';
import { createRedis } from '../../apps/server/src/infra/create-redis.js';
import { createMemoryMailer } from '../../apps/server/src/infra/mailer/index.js';
import { TEST_ORIGIN } from '../../apps/server/src/testing/identity-harness.js';
import { serveCommands } from './child-protocol.js';
import { createCpuProfiler } from './cpu-profiler.js';
import { provisionApiCaller } from './provision-api-caller.js';

const env = z
  .object({
    BENCH_UPSTREAM_URL: z.url(),
    BENCH_DATABASE_URL: z.string().optional(),
    BENCH_REDIS_URL: z.string().optional(),
    BENCH_GATEWAY_LOG: z.enum(['info', 'silent']).default('info'),
  })
  .parse(process.env);

const CREDIT = 1_000_000_000_000n;
/** High enough never to refuse a benchmark request. */
const UNLIMITED = 1_000_000_000;

const testDatabase = env.BENCH_DATABASE_URL
  ? await createTestDatabaseUrl({ baseUrl: env.BENCH_DATABASE_URL })
  : undefined;
// PGlite opens from the migrated snapshot the tests share (cached in the temp folder), which skips the migrations.
const pglite = testEngines().find((engine) => engine.name === 'pglite');
const database: Database = testDatabase
  ? await createDb({ url: testDatabase.url })
  : await (pglite ? pglite.create() : createDb({ dataDir: 'memory://' }));
const redis = env.BENCH_REDIS_URL ? createRedis({ url: env.BENCH_REDIS_URL }) : null;
const ledger = createLedger({ db: database.db });
const app = createApp({
  database,
  redis,
  logger: createLogger({ level: env.BENCH_GATEWAY_LOG, format: 'json' }),
  version: '0.0.0-bench',
  mailer: createMemoryMailer(),
  ledger,
  stripe: null,
  config: {
    publicUrl: TEST_ORIGIN,
    secret: 'bench-secret-bench-secret-bench-secret-01',
    corsOrigins: [],
    maxBodyBytes: 1_048_576,
    webDistDir: null,
    trustProxy: false,
    oauth: {},
    mailFrom: 'SIGMACODE <no-reply@localhost>',
    billing: { stripePriceIds: {} },
    ai: {
      ...DEFAULT_AI_CONFIG,
      providers: { 'openai-compatible': { type: 'openai-compatible', baseURL: env.BENCH_UPSTREAM_URL } },
      rateLimits: {
        requestsPerMinute: UNLIMITED,
        organizationRequestsPerMinute: UNLIMITED,
        tokensPerMinute: UNLIMITED,
      },
    },
  },
});

const caller = await provisionApiCaller({ app, ledger, credit: CREDIT });
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise<void>((resolve) => server.once('listening', () => resolve()));
const { port } = server.address() as AddressInfo;

const profiler = createCpuProfiler();
let stopping: Promise<void> | undefined;
serveCommands({
  handle: async (command) => {
    if (command.type === 'profile-start') await profiler.start();
    if (command.type === 'profile-stop') await profiler.stop(command.file);
    const { balance, reserved } = await ledger.getBalance({ organizationId: caller.organizationId });
    return { spent: Number(CREDIT - balance), reserved: Number(reserved) };
  },
  stop: () => {
    stopping ??= (async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await ledger.close();
      await redis?.quit().catch(() => redis.disconnect());
      await database.close();
      await testDatabase?.drop();
    })();
    return stopping;
  },
});
process.send?.({
  type: 'ready',
  url: `http://127.0.0.1:${port}/v1`,
  apiKey: caller.apiKey,
  engine: database.engine,
  redis: redis !== null,
});
