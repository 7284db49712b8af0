import type { RequestResult } from './latency-stats.js';

/** What an open-loop phase measured. */
export interface OpenLoopResult {
  results: RequestResult[];
  /** Requests started per second over the sending window. */
  sentPerSecond: number;
  /** How late requests left against their schedule (ms), p99 and max: the generator keeping up or not. */
  lagP99: number;
  lagMax: number;
  /** Seconds from the first send until the last answer arrived. */
  seconds: number;
}

/**
 * Sends requests at a fixed arrival rate whatever the answers do (open loop: a slow target does not slow the
 * sender, so queueing shows in the latencies), for `durationMs`, then waits for those still in flight. A request
 * that would exceed `maxInFlight` is not sent and counts as an `overload` error. Timers tick at most every
 * millisecond; each tick sends every request that is due.
 *
 * @example
 * const { results, lagP99 } = await runOpenLoop({ rate: 1000, durationMs: 10_000, maxInFlight: 1000, send })
 */
export function runOpenLoop({
  rate,
  durationMs,
  maxInFlight,
  send,
}: {
  rate: number;
  durationMs: number;
  maxInFlight: number;
  send: () => Promise<RequestResult>;
}): Promise<OpenLoopResult> {
  const total = Math.max(1, Math.round((rate * durationMs) / 1000));
  const interval = 1000 / rate;
  const results: RequestResult[] = [];
  const lags: number[] = [];
  let inFlight = 0;
  let next = 0;
  let lastSentAt = 0;
  const start = performance.now();

  return new Promise((resolve) => {
    const finishIfDone = () => {
      if (next < total || inFlight > 0) return;
      lags.sort((a, b) => a - b);
      // The first request leaves at 0 and the last at (total - 1) intervals.
      const sendingSeconds = (lastSentAt - start) / 1000;
      resolve({
        results,
        sentPerSecond: total > 1 && sendingSeconds > 0 ? (total - 1) / sendingSeconds : total,
        lagP99: lags[Math.min(lags.length - 1, Math.ceil(lags.length * 0.99) - 1)] ?? 0,
        lagMax: lags.at(-1) ?? 0,
        seconds: (performance.now() - start) / 1000,
      });
    };
    const tick = () => {
      const now = performance.now();
      while (next < total && start + next * interval <= now) {
        lags.push(now - (start + next * interval));
        next += 1;
        lastSentAt = now;
        if (inFlight >= maxInFlight) {
          results.push({ ok: false, ms: 0, error: 'overload' });
          continue;
        }
        inFlight += 1;
        send()
          .catch((error: unknown): RequestResult => ({ ok: false, ms: 0, error: String(error) }))
          .then((result) => {
            results.push(result);
            inFlight -= 1;
            finishIfDone();
          });
      }
      if (next < total) setTimeout(tick, Math.max(0, start + next * interval - performance.now()));
      else finishIfDone();
    };
    tick();
  });
}
