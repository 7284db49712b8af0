import type { Database } from '@sigmacode/db';
import type { Redis } from 'ioredis';
import type { Logger } from './infra/create-logger.js';

/** Everything createApp needs, handed in so tests can build an app without a port or a process environment. */
export interface AppDeps {
  database: Database;
  /** null when REDIS_URL is not set: in-process fallbacks are used. */
  redis: Redis | null;
  logger: Logger;
  version: string;
  config: AppConfig;
  /** Lets health checks report 503 while the process drains, so load balancers stop sending traffic. */
  lifecycle?: { isShuttingDown(): boolean };
  /** Injected clock for uptime; defaults to the process start. */
  startedAt?: number;
}

export interface AppConfig {
  publicUrl: string;
  /** SIGMACODE_SECRET (or the development secret kept in DATA_DIR): signs sessions, derives encryption keys. */
  secret: string;
  /** Origins allowed to call the console API with credentials, besides publicUrl. */
  corsOrigins: string[];
  maxBodyBytes: number;
  /** The built dashboard (apps/web/dist); null serves no web app. */
  webDistDir: string | null;
}
