import type { Database } from '@sigmacode/db';
import type { Ledger } from '@sigmacode/ledger';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import type Stripe from 'stripe';
import { DEFAULT_AI_CONFIG } from '../ai/ai-config.js';
import type { AppConfig, AppDeps } from '../app-deps.js';
import { createApp } from '../create-app.js';
import type { Logger } from '../infra/create-logger.js';
import { createMemoryMailer, type Mailer } from '../infra/mailer/index.js';

/** A logger that writes nothing, for tests. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

/**
 * The real app, built from a test database, with test defaults for everything else.
 *
 * @example
 * const app = buildTestApp({ database })
 * const res = await app.request('/api/health')
 */
export function buildTestApp({
  database,
  redis = null,
  config = {},
  lifecycle,
  mailer,
  ledger,
  stripe,
  mcp,
}: {
  database: Database;
  redis?: Redis | null;
  config?: Partial<AppConfig>;
  lifecycle?: { isShuttingDown(): boolean };
  mailer?: Mailer;
  ledger?: Ledger;
  stripe?: Stripe | null;
  mcp?: AppDeps['mcp'];
}) {
  return createApp({
    database,
    redis,
    logger: silentLogger(),
    version: '0.0.0-test',
    ...(lifecycle ? { lifecycle } : {}),
    mailer: mailer ?? createMemoryMailer(),
    ...(ledger ? { ledger } : {}),
    ...(stripe !== undefined ? { stripe } : {}),
    ...(mcp ? { mcp } : {}),
    config: {
      publicUrl: 'http://localhost:3000',
      secret: 'test-secret-test-secret-test-secret-0123',
      corsOrigins: [],
      maxBodyBytes: 1_048_576,
      webDistDir: null,
      trustProxy: false,
      oauth: {},
      mailFrom: 'SIGMACODE <no-reply@localhost>',
      billing: { stripePriceIds: {} },
      ai: DEFAULT_AI_CONFIG,
      ...config,
    },
  });
}
