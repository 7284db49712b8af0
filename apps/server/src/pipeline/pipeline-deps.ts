import type { Db } from '@sigmacode/db';
import type { SecretBox } from '@sigmacode/engine';
import type { Ledger } from '@sigmacode/ledger';
import type { AiConfig } from '../ai/ai-config.js';
import type { FirewallGateway } from '../firewall/firewall-gateway.js';
import type { Logger } from '../infra/create-logger.js';
import type { Metrics } from '../observability/create-metrics.js';
import type { HoldAhead } from './hold-ahead.js';
import type { RateLimiter } from './rate-limiter.js';

/** What every AI call needs, built once by createApp. */
export interface PipelineDeps {
  db: Db;
  ledger: Ledger;
  logger: Logger;
  firewall: FirewallGateway;
  limiter: RateLimiter;
  ai: AiConfig;
  /** Opens organizations' sealed provider credentials. */
  box: SecretBox;
  metrics: Metrics;
  /** Which calls may start the model while their hold is written (none when absent). */
  holdAhead?: HoldAhead;
}
