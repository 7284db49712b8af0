import type { Database } from '@sigmacode/db';
import type { Ledger } from '@sigmacode/ledger';
import type { Redis } from 'ioredis';
import type Stripe from 'stripe';
import type { AiConfig } from './ai/ai-config.js';
import type { BillingConfig } from './billing/billing-config.js';
import type { TaskRegistry } from './conversations/task-registry.js';
import type { Logger } from './infra/create-logger.js';
import type { Mailer } from './infra/mailer/index.js';
import type { Metrics } from './observability/create-metrics.js';
import type { McpNetworkPolicy } from './tools/check-mcp-url.js';

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
  /** Sends verification, reset and invitation e-mails; built from config.smtpUrl when not given. */
  mailer?: Mailer;
  /** Injected clock for uptime; defaults to the process start. */
  startedAt?: number;
  /**
   * The token ledger. start-server builds it (to run the hold sweeper and close it on shutdown); when absent,
   * createApp builds one with the low-balance notifications wired.
   */
  ledger?: Ledger;
  /** MCP network policy and list timeout (tests inject a resolver); default: allowHosts from config.ai. */
  mcp?: { policy?: McpNetworkPolicy; listTimeoutMs?: number };
  /** Running answers by task id (stop signals); start-server builds it on Redis so stops cross instances. */
  tasks?: TaskRegistry;
  /** Prometheus metrics; created when absent. */
  metrics?: Metrics;
  /** The Stripe client; when absent it is built from config.billing.stripeSecretKey (null: payments are off). */
  stripe?: Stripe | null;
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
  /** Trust X-Forwarded-For from a reverse proxy for the client address. */
  trustProxy: boolean;
  oauth: {
    google?: { clientId: string; clientSecret: string };
    github?: { clientId: string; clientSecret: string };
  };
  /** SMTP URL; without it e-mails (verification, reset, invitations) are written to the log. */
  smtpUrl?: string;
  mailFrom: string;
  /** Stripe keys and prices, and the low-balance webhook. */
  billing: BillingConfig;
  /** Model providers, rate limits, upstream timeout, and where the firewall runs. */
  ai: AiConfig;
  /** METRICS_TOKEN: when set, GET /metrics needs it as a bearer token. */
  metricsToken?: string;
}
