import type { ChatCompletionSender } from './chat-completion-sender.js';
import { type LatencySummary, summarize } from './latency-stats.js';
import { runClosedLoop } from './run-closed-loop.js';
import { runOpenLoop } from './run-open-loop.js';

/** Requests in flight beyond which an open loop counts `overload` instead of sending (a saturated target). */
const MAX_IN_FLIGHT = 512;

/**
 * Brings a target to speed (JIT, connection pools, caches): a closed loop with a quarter of the connections. Then
 * the best of five single requests, the target's idle latency (for `waitUntilIdle`).
 *
 * @example const idleMs = await warmUp({ sender, concurrency: 64, seconds: 2 })
 */
export async function warmUp({
  sender,
  concurrency,
  seconds,
}: {
  sender: ChatCompletionSender;
  concurrency: number;
  seconds: number;
}): Promise<number> {
  if (seconds > 0) {
    await runClosedLoop({ concurrency: Math.max(1, concurrency / 4), durationMs: seconds * 1000, send: sender.send });
  }
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const result = await sender.send();
    if (result.ok) best = Math.min(best, result.ms);
  }
  return best;
}

/**
 * Waits until the target answers a single request about as fast as when idle (within twice `idleMs` plus 2 ms), so a
 * phase that saturated it does not spill into the next; gives up after `maxSeconds`.
 *
 * @example await waitUntilIdle({ sender, idleMs: 23 })
 */
export async function waitUntilIdle({
  sender,
  idleMs,
  maxSeconds = 15,
}: {
  sender: ChatCompletionSender;
  idleMs: number;
  maxSeconds?: number;
}): Promise<void> {
  const deadline = performance.now() + maxSeconds * 1000;
  while (performance.now() < deadline) {
    const result = await sender.send();
    if (result.ok && result.ms <= 2 * idleMs + 2) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The open loop at `rate` for `seconds`: latency percentiles, what was actually sent, the generator's lag.
 *
 * @example const { summary } = await measureAtRate({ sender, rate: 1000, seconds: 8 })
 */
export async function measureAtRate({
  sender,
  rate,
  seconds,
}: {
  sender: ChatCompletionSender;
  rate: number;
  seconds: number;
}): Promise<{ summary: LatencySummary; sentPerSecond: number; lagP99: number }> {
  globalThis.gc?.();
  const open = await runOpenLoop({ rate, durationMs: seconds * 1000, maxInFlight: MAX_IN_FLIGHT, send: sender.send });
  return { summary: summarize(open.results), sentPerSecond: open.sentPerSecond, lagP99: open.lagP99 };
}

/**
 * The closed loop with `concurrency` connections for `seconds`: answers per second and their latency.
 *
 * @example const { perSecond } = await measureMaximum({ sender, concurrency: 64, seconds: 8 })
 */
export async function measureMaximum({
  sender,
  concurrency,
  seconds,
}: {
  sender: ChatCompletionSender;
  concurrency: number;
  seconds: number;
}): Promise<{ summary: LatencySummary; perSecond: number }> {
  globalThis.gc?.();
  const closed = await runClosedLoop({ concurrency, durationMs: seconds * 1000, send: sender.send });
  return { summary: summarize(closed.results), perSecond: closed.perSecond };
}
