/** The outcome of one request: its latency, and why it failed when it did. */
export type RequestResult = { ok: true; ms: number } | { ok: false; ms: number; error: string };

/** What a phase of load measured. */
export interface LatencySummary {
  requests: number;
  ok: number;
  /** Failed requests by reason (`HTTP 500`, `timeout`, `ECONNRESET`, `bad answer`, `overload`, …). */
  errors: Record<string, number>;
  /** Percentiles of the successful requests, in milliseconds (NaN when none succeeded). */
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

/**
 * The p-th percentile (nearest rank) of ascending values; NaN for none.
 *
 * @example percentile({ sorted: [1, 2, 3, 4], p: 50 }) // 2
 */
export function percentile({ sorted, p }: { sorted: readonly number[]; p: number }): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

/**
 * Counts and latency percentiles of a phase's results (failed requests count as errors, not as latencies).
 *
 * @example
 * summarize([{ ok: true, ms: 21 }, { ok: false, ms: 3, error: 'HTTP 500' }]) // { requests: 2, ok: 1, p50: 21, ... }
 */
export function summarize(results: readonly RequestResult[]): LatencySummary {
  const errors: Record<string, number> = {};
  const latencies: number[] = [];
  for (const result of results) {
    if (result.ok) latencies.push(result.ms);
    else errors[result.error] = (errors[result.error] ?? 0) + 1;
  }
  latencies.sort((a, b) => a - b);
  return {
    requests: results.length,
    ok: latencies.length,
    errors,
    p50: percentile({ sorted: latencies, p: 50 }),
    p90: percentile({ sorted: latencies, p: 90 }),
    p99: percentile({ sorted: latencies, p: 99 }),
    max: latencies.at(-1) ?? Number.NaN,
  };
}
