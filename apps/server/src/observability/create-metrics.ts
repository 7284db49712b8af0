import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** The server's Prometheus metrics, on a registry of its own (several apps can live in one test process). */
export interface Metrics {
  readonly registry: Registry;
  /** Firewall verdicts that acted or would have (shadow), by detector, action, direction and mode. */
  readonly firewallFindings: Counter<'detector' | 'action' | 'direction' | 'mode'>;
  /** Time spent in the firewall per checked text (or per streamed answer). */
  readonly firewallSeconds: Histogram<'direction'>;
  /** AI calls by API and outcome (completed, blocked, failed, aborted, refused). */
  readonly aiRequests: Counter<'api' | 'outcome'>;
  /** Platform tokens charged by settled calls. */
  readonly tokensCharged: Counter<'api'>;
  /** Time from the request to the first part of the answer. */
  readonly timeToFirstToken: Histogram<'api'>;
}

/**
 * Creates the registry with process metrics (`sigmacode_process_*`, `sigmacode_nodejs_*`) and the platform's own.
 *
 * @example const metrics = createMetrics(); metrics.aiRequests.inc({ api: 'openai', outcome: 'completed' })
 */
export function createMetrics({ processMetrics = true }: { processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (processMetrics) collectDefaultMetrics({ register: registry, prefix: 'sigmacode_' });
  return {
    registry,
    firewallFindings: new Counter({
      name: 'sigmacode_firewall_findings_total',
      help: 'Firewall findings that blocked or redacted (or would have, in shadow mode).',
      labelNames: ['detector', 'action', 'direction', 'mode'],
      registers: [registry],
    }),
    firewallSeconds: new Histogram({
      name: 'sigmacode_firewall_duration_seconds',
      help: 'Time the firewall spent on one text or one streamed answer.',
      labelNames: ['direction'],
      buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1],
      registers: [registry],
    }),
    aiRequests: new Counter({
      name: 'sigmacode_ai_requests_total',
      help: 'AI calls by API and outcome.',
      labelNames: ['api', 'outcome'],
      registers: [registry],
    }),
    tokensCharged: new Counter({
      name: 'sigmacode_tokens_charged_total',
      help: 'Platform tokens charged by settled AI calls.',
      labelNames: ['api'],
      registers: [registry],
    }),
    timeToFirstToken: new Histogram({
      name: 'sigmacode_time_to_first_token_seconds',
      help: 'Time from an AI request to the first part of its answer.',
      labelNames: ['api'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
  };
}
