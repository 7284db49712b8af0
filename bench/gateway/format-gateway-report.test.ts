import { describe, expect, it } from 'vitest';
import { addedLatency, formatGatewayTables, formatGoals, type GatewayReport } from './format-gateway-report.js';
import type { LatencySummary } from './latency-stats.js';

const summary = (p50: number, p99: number, errors: Record<string, number> = {}): LatencySummary => {
  const failed = Object.values(errors).reduce((sum, count) => sum + count, 0);
  return { requests: 100 + failed, ok: 100, errors, p50, p90: p99, p99, max: p99 };
};

const report: GatewayReport = {
  open: [
    { mode: 'json', target: 'direct', rate: 1000, summary: summary(20, 24), sentPerSecond: 1000, lagP99: 1 },
    { mode: 'json', target: 'sigmacode', rate: 1000, summary: summary(20.5, 28), sentPerSecond: 1000, lagP99: 1 },
    {
      mode: 'json',
      target: 'portkey',
      rate: 1000,
      summary: summary(23, 40, { timeout: 3 }),
      sentPerSecond: 999,
      lagP99: 2,
    },
    { mode: 'stream', target: 'direct', rate: 1000, summary: summary(21, 25), sentPerSecond: 1000, lagP99: 1 },
    { mode: 'stream', target: 'sigmacode', rate: 1000, summary: summary(24, 27), sentPerSecond: 1000, lagP99: 1 },
  ],
  closed: [
    { mode: 'json', target: 'sigmacode', concurrency: 64, summary: summary(30, 60), perSecond: 900 },
    { mode: 'json', target: 'portkey', concurrency: 64, summary: summary(30, 60), perSecond: 800 },
    { mode: 'stream', target: 'sigmacode', concurrency: 64, summary: summary(30, 60), perSecond: 700 },
    { mode: 'stream', target: 'portkey', concurrency: 64, summary: summary(30, 60), perSecond: 750 },
  ],
  failed: [{ mode: 'stream', target: 'portkey', reason: 'HTTP 500' }],
};

describe('addedLatency', () => {
  it('subtracts the direct call of the same mode and rate at the same percentile', () => {
    const row = report.open[1];
    if (!row) throw new Error('fixture');
    expect(addedLatency({ rows: report.open, row, at: 'p50' })).toBeCloseTo(0.5);
    expect(addedLatency({ rows: report.open, row, at: 'p99' })).toBeCloseTo(4);
    expect(addedLatency({ rows: report.open, row: { ...row, rate: 50 }, at: 'p50' })).toBeUndefined();
  });
});

describe('formatGoals', () => {
  it('checks the added latency and the throughput against Portkey per mode', () => {
    expect(formatGoals({ report, rate: 1000 })).toEqual([
      'MET  json: added p50 0.50 ms at 1000 req/s (goal ≤ 1 ms, no errors; 0 errors)',
      'MET  json: added p99 4.00 ms at 1000 req/s (goal ≤ 5 ms)',
      'MET  json: throughput 900 req/s vs Portkey 800 req/s (goal ≥ Portkey)',
      'MISS stream: added p50 3.00 ms at 1000 req/s (goal ≤ 1 ms, no errors; 0 errors)',
      'MET  stream: added p99 2.00 ms at 1000 req/s (goal ≤ 5 ms)',
      'MISS stream: throughput 700 req/s vs Portkey 750 req/s (goal ≥ Portkey)',
    ]);
  });
});

describe('formatGatewayTables', () => {
  it('prints one line per phase, the errors by reason, and what could not be measured', () => {
    const text = formatGatewayTables(report);
    const lines = text.split('\n');
    expect(lines.find((line) => line.startsWith('json    portkey'))).toMatch(
      /3 timeout\s+23\.00\s+40\.00\s+3\.00\s+16\.00/,
    );
    expect(lines.filter((line) => / 64 /.test(line))).toHaveLength(4);
    expect(text).toContain('not measured: stream portkey — HTTP 500');
  });
});
