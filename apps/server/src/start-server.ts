import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createAuditLog } from '@sigmacode/audit';
import { createDb } from '@sigmacode/db';
import { aiOf } from './ai/ai-config.js';
import { startAuditCheckpoints } from './audit/start-audit-checkpoints.js';
import { createBillingLedger } from './billing/create-billing-ledger.js';
import { startHoldSweeper } from './billing/start-hold-sweeper.js';
import { billingOf, type Env, oauthOf, publicUrlOf } from './config/env.js';
import { resolveSecret } from './config/resolve-secret.js';
import { VERSION } from './config/version.js';
import { createTaskRegistry } from './conversations/task-registry.js';
import { createApp } from './create-app.js';
import type { Logger } from './infra/create-logger.js';
import { createRedis } from './infra/create-redis.js';
import { createJobLock } from './infra/job-lock.js';
import { createMailer } from './infra/mailer/index.js';
import { type GracefulShutdown, gracefulShutdown } from './lifecycle/graceful-shutdown.js';

const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export interface RunningServer {
  server: Server;
  port: number;
  lifecycle: GracefulShutdown;
}

/**
 * Wires the platform from a parsed environment and starts listening: database (migrated), Redis when configured,
 * the app, and graceful shutdown.
 */
export async function startServer({ env, logger }: { env: Env; logger: Logger }): Promise<RunningServer> {
  const { secret, source } = await resolveSecret({ configured: env.SIGMACODE_SECRET, dataDir: env.DATA_DIR });
  if (source === 'generated') logger.info({ file: join(env.DATA_DIR, 'secret') }, 'generated a development secret');

  const database = await createDb({
    url: env.DATABASE_URL,
    dataDir: join(env.DATA_DIR, 'pglite'),
    poolSize: env.DATABASE_POOL_SIZE,
    logger,
  });
  logger.info({ engine: database.engine }, 'database ready');

  const redis = env.REDIS_URL ? createRedis({ url: env.REDIS_URL }) : null;
  redis?.on('error', (error: Error) => logger.warn({ err: error.message }, 'redis connection error'));

  const webDistDir = existsSync(join(DEFAULT_WEB_DIST, 'index.html')) ? DEFAULT_WEB_DIST : null;
  if (!webDistDir) logger.warn('apps/web/dist not found: the dashboard is not served (run `npm run build`)');

  const publicUrl = publicUrlOf(env);
  const billing = billingOf(env);
  const mailer = createMailer({ ...(env.SMTP_URL ? { smtpUrl: env.SMTP_URL } : {}), from: env.MAIL_FROM, logger });
  // Built here rather than in createApp so the hold sweeper can run on it and shutdown can close it.
  const ledger = createBillingLedger({
    db: database.db,
    mailer,
    logger,
    publicUrl,
    lowBalanceWebhookUrl: billing.lowBalanceWebhookUrl,
  });
  if (!billing.stripeSecretKey)
    logger.info('STRIPE_SECRET_KEY not set: buying tokens is off (operators can grant them)');

  // Running answers by task id; with Redis, a stop reaches the instance that runs the answer.
  const tasks = createTaskRegistry({ redis });
  let lifecycle: GracefulShutdown | undefined;
  const app = createApp({
    database,
    redis,
    tasks,
    logger,
    version: VERSION,
    lifecycle: { isShuttingDown: () => lifecycle?.isShuttingDown() ?? false },
    mailer,
    ledger,
    config: {
      publicUrl,
      secret,
      corsOrigins: env.CORS_ORIGINS ?? [],
      maxBodyBytes: env.MAX_BODY_BYTES,
      webDistDir,
      trustProxy: env.TRUST_PROXY,
      oauth: oauthOf(env),
      ...(env.SMTP_URL ? { smtpUrl: env.SMTP_URL } : {}),
      mailFrom: env.MAIL_FROM,
      billing,
      ai: aiOf(env),
      ...(env.METRICS_TOKEN ? { metricsToken: env.METRICS_TOKEN } : {}),
    },
  });

  const server = await new Promise<Server>((resolve, reject) => {
    const created = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, () => resolve(created as Server));
    created.once('error', reject);
  });
  // Releases holds of calls that never settled; started once listening, stopped before the ledger closes.
  const sweeper = startHoldSweeper({ ledger, logger, jobs: createJobLock({ redis }) });
  // Signs audit checkpoints of chains that went quiet (see audit/start-audit-checkpoints.ts).
  const checkpointer = startAuditCheckpoints({ audit: createAuditLog({ db: database.db, secret }), logger });
  lifecycle = gracefulShutdown({
    server,
    deadlineMs: env.SHUTDOWN_TIMEOUT_MS,
    logger,
    cleanup: async () => {
      await sweeper.stop();
      await checkpointer.stop();
      await tasks.close();
      await ledger.close();
      await redis?.quit().catch(() => redis.disconnect());
      await database.close();
    },
  });
  const port = (server.address() as AddressInfo).port;
  logger.info({ port, url: publicUrlOf({ ...env, PORT: port }), version: VERSION }, 'SIGMACODE is listening');
  return { server, port, lifecycle };
}
