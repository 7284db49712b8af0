import { describe, expect, it } from 'vitest';
import { percentile, summarize } from './latency-stats.js';

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile({ sorted, p: 50 })).toBe(50);
    expect(percentile({ sorted, p: 99 })).toBe(99);
    expect(percentile({ sorted, p: 100 })).toBe(100);
    expect(percentile({ sorted: [7], p: 99 })).toBe(7);
    expect(percentile({ sorted: [1, 2, 3, 4], p: 0 })).toBe(1);
  });

  it('is NaN for no values', () => {
    expect(percentile({ sorted: [], p: 50 })).toBeNaN();
  });
});

describe('summarize', () => {
  it('counts failures by reason and takes percentiles of the successes only', () => {
    const summary = summarize([
      { ok: true, ms: 30 },
      { ok: false, ms: 1, error: 'HTTP 500' },
      { ok: true, ms: 10 },
      { ok: false, ms: 10_000, error: 'timeout' },
      { ok: true, ms: 20 },
      { ok: false, ms: 2, error: 'HTTP 500' },
    ]);
    expect(summary).toEqual({
      requests: 6,
      ok: 3,
      errors: { 'HTTP 500': 2, timeout: 1 },
      p50: 20,
      p90: 30,
      p99: 30,
      max: 30,
    });
  });

  it('reports NaN latencies when nothing succeeded', () => {
    const summary = summarize([{ ok: false, ms: 0, error: 'overload' }]);
    expect(summary.ok).toBe(0);
    expect(summary.p50).toBeNaN();
    expect(summary.max).toBeNaN();
  });
});
