import { describe, expect, it } from 'vitest';
import type { RequestResult } from './latency-stats.js';
import { runClosedLoop } from './run-closed-loop.js';
import { runOpenLoop } from './run-open-loop.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A fake target answering after `ms`, tracking how many requests it holds at once. */
function fakeTarget(ms: number) {
  const state = { inFlight: 0, maxInFlight: 0, calls: 0 };
  const send = async (): Promise<RequestResult> => {
    state.calls += 1;
    state.inFlight += 1;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    const started = performance.now();
    await sleep(ms);
    state.inFlight -= 1;
    return { ok: true, ms: performance.now() - started };
  };
  return { state, send };
}

describe('runOpenLoop', () => {
  it('sends at the arrival rate whatever the answers take, and waits for the last answer', async () => {
    const target = fakeTarget(30);
    const result = await runOpenLoop({ rate: 200, durationMs: 500, maxInFlight: 1000, send: target.send });
    expect(result.results).toHaveLength(100);
    expect(target.state.calls).toBe(100);
    // Slow answers do not slow the sender: several requests are in flight at once.
    expect(target.state.maxInFlight).toBeGreaterThanOrEqual(4);
    expect(result.sentPerSecond).toBeGreaterThan(150);
    expect(result.sentPerSecond).toBeLessThan(260);
    expect(result.results.every((entry) => entry.ok && entry.ms >= 25)).toBe(true);
  });

  it('counts requests beyond maxInFlight as overload instead of sending them', async () => {
    const target = fakeTarget(200);
    const result = await runOpenLoop({ rate: 500, durationMs: 100, maxInFlight: 10, send: target.send });
    expect(target.state.maxInFlight).toBe(10);
    expect(result.results).toHaveLength(50);
    expect(result.results.filter((entry) => !entry.ok && entry.error === 'overload')).toHaveLength(40);
  });

  it('turns a rejected send into an error result', async () => {
    const result = await runOpenLoop({
      rate: 100,
      durationMs: 30,
      maxInFlight: 10,
      send: () => Promise.reject(new Error('boom')),
    });
    expect(result.results.length).toBeGreaterThan(0);
    expect(result.results.every((entry) => !entry.ok && entry.error === 'Error: boom')).toBe(true);
  });
});

describe('runClosedLoop', () => {
  it('keeps exactly `concurrency` requests going until the time is up', async () => {
    const target = fakeTarget(10);
    const result = await runClosedLoop({ concurrency: 4, durationMs: 200, send: target.send });
    expect(target.state.maxInFlight).toBe(4);
    // 4 callers × ~20 round trips of ~10 ms (timers may run late on a busy machine).
    expect(result.results.length).toBeGreaterThan(20);
    expect(result.results.length).toBeLessThanOrEqual(4 * 21);
    expect(result.perSecond).toBeCloseTo(result.results.length / result.seconds, 5);
  });
});
