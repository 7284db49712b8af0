import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

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
  /** HTTP requests by method, route pattern (never the raw URL) and status. */
  readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  /** Time until the response starts (for a streamed answer: until its headers), by method, route and status. */
  readonly httpSeconds: Histogram<'method' | 'route' | 'status'>;
  /** Time a model provider (or Dify) took for a whole call, by API and outcome. */
  readonly upstreamSeconds: Histogram<'api' | 'outcome'>;
  /** Streamed answers (server-sent events) being sent right now, by API. */
  readonly activeStreams: Gauge<'api'>;
  /** Ledger operations by operation and outcome (ok, insufficient, rejected, error). */
  readonly ledgerOperations: Counter<'operation' | 'outcome'>;
  /** Time a ledger operation took (including waiting for its batch), by operation. */
  readonly ledgerSeconds: Histogram<'operation'>;
  /** Tokens reserved by holds. */
  readonly tokensHeld: Counter;
  /** Tokens charged when holds were settled. */
  readonly tokensSettled: Counter;
  /** Held tokens given back: the unspent rest of a settle, or a whole voided hold. */
  readonly tokensReleased: Counter<'reason'>;
  /** Tokens added to accounts, by entry kind (credit, refund, adjustment). */
  readonly tokensCredited: Counter<'kind'>;
  /** Tokens taken back from accounts, by entry kind (adjustment, refund, expiry). */
  readonly tokensDebited: Counter<'kind'>;
  /** Requests refused by a rate limit, by scope (api_key, user, organization, organization_tokens). */
  readonly rateLimitRejections: Counter<'scope'>;
  /** Token accounts whose available balance is below their low-balance threshold (read at scrape time). */
  readonly lowBalanceAccounts: Gauge;
  /** Sets how `lowBalanceAccounts` is counted when Prometheus scrapes (createApp passes a database query). */
  countLowBalanceAccountsWith(count: () => Promise<number>): void;
}

/**
 * Creates the registry with process metrics (`sigmacode_process_*`, `sigmacode_nodejs_*`) and the platform's own.
 * Every label has a bounded set of values (route patterns, API names, outcomes), never ids or raw URLs.
 *
 * @example const metrics = createMetrics(); metrics.aiRequests.inc({ api: 'openai', outcome: 'completed' })
 */
export function createMetrics({ processMetrics = true }: { processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (processMetrics) collectDefaultMetrics({ register: registry, prefix: 'sigmacode_' });
  const registers = [registry];
  let countLowBalance: (() => Promise<number>) | null = null;
  return {
    registry,
    firewallFindings: new Counter({
      name: 'sigmacode_firewall_findings_total',
      help: 'Firewall findings that blocked or redacted (or would have, in shadow mode).',
      labelNames: ['detector', 'action', 'direction', 'mode'],
      registers,
    }),
    firewallSeconds: new Histogram({
      name: 'sigmacode_firewall_duration_seconds',
      help: 'Time the firewall spent on one text or one streamed answer.',
      labelNames: ['direction'],
      buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1],
      registers,
    }),
    aiRequests: new Counter({
      name: 'sigmacode_ai_requests_total',
      help: 'AI calls by API and outcome.',
      labelNames: ['api', 'outcome'],
      registers,
    }),
    tokensCharged: new Counter({
      name: 'sigmacode_tokens_charged_total',
      help: 'Platform tokens charged by settled AI calls.',
      labelNames: ['api'],
      registers,
    }),
    timeToFirstToken: new Histogram({
      name: 'sigmacode_time_to_first_token_seconds',
      help: 'Time from an AI request to the first part of its answer.',
      labelNames: ['api'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    httpRequests: new Counter({
      name: 'sigmacode_http_requests_total',
      help: 'HTTP requests by method, route pattern and status.',
      labelNames: ['method', 'route', 'status'],
      registers,
    }),
    httpSeconds: new Histogram({
      name: 'sigmacode_http_request_duration_seconds',
      help: 'Time until the response starts (a streamed answer: until its headers), by method, route and status.',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    }),
    upstreamSeconds: new Histogram({
      name: 'sigmacode_upstream_duration_seconds',
      help: 'Time a model provider or Dify took for a whole call, by API and outcome.',
      labelNames: ['api', 'outcome'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
      registers,
    }),
    activeStreams: new Gauge({
      name: 'sigmacode_active_streams',
      help: 'Streamed answers (server-sent events) being sent right now, by API.',
      labelNames: ['api'],
      registers,
    }),
    ledgerOperations: new Counter({
      name: 'sigmacode_ledger_operations_total',
      help: 'Ledger operations by operation and outcome (ok, insufficient, rejected, error).',
      labelNames: ['operation', 'outcome'],
      registers,
    }),
    ledgerSeconds: new Histogram({
      name: 'sigmacode_ledger_operation_duration_seconds',
      help: 'Time a ledger operation took, including the wait for its batch.',
      labelNames: ['operation'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    }),
    tokensHeld: new Counter({
      name: 'sigmacode_tokens_held_total',
      help: 'Tokens reserved by holds.',
      registers,
    }),
    tokensSettled: new Counter({
      name: 'sigmacode_tokens_settled_total',
      help: 'Tokens charged when holds were settled.',
      registers,
    }),
    tokensReleased: new Counter({
      name: 'sigmacode_tokens_released_total',
      help: 'Held tokens given back: the unspent rest of a settled hold (settle) or a whole voided hold (void).',
      labelNames: ['reason'],
      registers,
    }),
    tokensCredited: new Counter({
      name: 'sigmacode_tokens_credited_total',
      help: 'Tokens added to accounts, by entry kind.',
      labelNames: ['kind'],
      registers,
    }),
    tokensDebited: new Counter({
      name: 'sigmacode_tokens_debited_total',
      help: 'Tokens taken back from accounts, by entry kind.',
      labelNames: ['kind'],
      registers,
    }),
    rateLimitRejections: new Counter({
      name: 'sigmacode_rate_limit_rejections_total',
      help: 'Requests refused by a rate limit, by scope.',
      labelNames: ['scope'],
      registers,
    }),
    lowBalanceAccounts: new Gauge({
      name: 'sigmacode_token_accounts_low_balance',
      help: 'Token accounts whose available balance is below their low-balance threshold.',
      registers,
      async collect() {
        if (!countLowBalance) return;
        // A failed count keeps the last value rather than failing the whole scrape.
        try {
          this.set(await countLowBalance());
        } catch {}
      },
    }),
    countLowBalanceAccountsWith(count) {
      countLowBalance = count;
    },
  };
}
