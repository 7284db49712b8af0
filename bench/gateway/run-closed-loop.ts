import type { RequestResult } from './latency-stats.js';

/** What a closed-loop phase measured. */
export interface ClosedLoopResult {
  results: RequestResult[];
  /** Answered requests (successful or not) per second. */
  perSecond: number;
  seconds: number;
}

/**
 * `concurrency` callers each send a request, wait for its answer and send the next, until `durationMs` has passed
 * (a request still running then is waited for and counted): the most a target answers with that many connections.
 *
 * @example
 * const { perSecond } = await runClosedLoop({ concurrency: 64, durationMs: 10_000, send })
 */
export async function runClosedLoop({
  concurrency,
  durationMs,
  send,
}: {
  concurrency: number;
  durationMs: number;
  send: () => Promise<RequestResult>;
}): Promise<ClosedLoopResult> {
  const results: RequestResult[] = [];
  const start = performance.now();
  const deadline = start + durationMs;
  const caller = async () => {
    while (performance.now() < deadline) {
      results.push(await send().catch((error: unknown): RequestResult => ({ ok: false, ms: 0, error: String(error) })));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, caller));
  const seconds = (performance.now() - start) / 1000;
  return { results, perSecond: results.length / seconds, seconds };
}
