import type { Mode, TargetName } from './bench-config.js';
import type { LatencySummary } from './latency-stats.js';

/** An open-loop phase of one target in one mode, at one arrival rate. */
export interface OpenLoopRow {
  mode: Mode;
  target: TargetName;
  rate: number;
  summary: LatencySummary;
  sentPerSecond: number;
  lagP99: number;
}

/** A closed-loop (maximum throughput) phase of one target in one mode. */
export interface ClosedLoopRow {
  mode: Mode;
  target: TargetName;
  concurrency: number;
  summary: LatencySummary;
  perSecond: number;
}

/** A target that could not be measured in a mode (its first request failed). */
export interface FailedTarget {
  mode: Mode;
  target: TargetName;
  reason: string;
}

export interface GatewayReport {
  open: OpenLoopRow[];
  closed: ClosedLoopRow[];
  failed: FailedTarget[];
}

/** The latency goals of SIGMACODE over a direct call at the open-loop rate, ms. */
export const ADDED_P50_GOAL_MS = 1;
export const ADDED_P99_GOAL_MS = 5;

const fixed = (value: number | undefined, digits = 2) =>
  value === undefined || Number.isNaN(value) ? '-' : value.toFixed(digits);

function errorsOf(summary: LatencySummary): string {
  const entries = Object.entries(summary.errors);
  if (entries.length === 0) return '0';
  return entries.map(([reason, count]) => `${count} ${reason}`).join(', ');
}

/**
 * A row's latency minus the direct call's at the same mode, rate and percentile (undefined without a direct row).
 *
 * @example addedLatency({ rows: report.open, row, at: 'p99' }) // 3.4
 */
export function addedLatency({
  rows,
  row,
  at,
}: {
  rows: readonly OpenLoopRow[];
  row: OpenLoopRow;
  at: 'p50' | 'p99';
}): number | undefined {
  const direct = rows.find((other) => other.mode === row.mode && other.rate === row.rate && other.target === 'direct');
  if (!direct) return undefined;
  const value = row.summary[at] - direct.summary[at];
  return Number.isNaN(value) ? undefined : value;
}

function formatColumns(header: string[], lines: string[][], leftColumns: number): string[] {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column]?.length ?? 0)),
  );
  const format = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column < leftColumns ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [format(header), ...lines.map(format)];
}

/**
 * The benchmark's tables: latency at fixed arrival rates (with the part added over the direct call) and maximum
 * throughput with a fixed number of connections, then the targets that could not be measured.
 *
 * @example console.log(formatGatewayTables(report))
 */
export function formatGatewayTables(report: GatewayReport): string {
  const openLines = report.open.map((row) => [
    row.mode,
    row.target,
    String(row.rate),
    fixed(row.sentPerSecond, 0),
    String(row.summary.ok),
    errorsOf(row.summary),
    fixed(row.summary.p50),
    fixed(row.summary.p99),
    row.target === 'direct' ? '' : fixed(addedLatency({ rows: report.open, row, at: 'p50' })),
    row.target === 'direct' ? '' : fixed(addedLatency({ rows: report.open, row, at: 'p99' })),
    fixed(row.lagP99),
  ]);
  const closedLines = report.closed.map((row) => [
    row.mode,
    row.target,
    String(row.concurrency),
    fixed(row.perSecond, 0),
    fixed(row.summary.p50),
    fixed(row.summary.p99),
    errorsOf(row.summary),
  ]);
  return [
    'latency at a fixed arrival rate (open loop; successful requests; +pXX = minus direct at the same rate and percentile; lag = generator behind schedule)',
    ...formatColumns(
      ['mode', 'target', 'req/s', 'sent/s', 'ok', 'errors', 'p50 ms', 'p99 ms', '+p50 ms', '+p99 ms', 'lag p99 ms'],
      openLines,
      2,
    ),
    '',
    'maximum throughput (closed loop)',
    ...formatColumns(['mode', 'target', 'connections', 'req/s', 'p50 ms', 'p99 ms', 'errors'], closedLines, 2),
    ...report.failed.map((failure) => `not measured: ${failure.mode} ${failure.target} — ${failure.reason}`),
  ].join('\n');
}

/**
 * The goals, checked: SIGMACODE's added p50/p99 at `rate` per mode, and its throughput against Portkey's.
 *
 * @example console.log(formatGoals({ report, rate: 1000 }).join('\n'))
 */
export function formatGoals({ report, rate }: { report: GatewayReport; rate: number }): string[] {
  const verdict = (ok: boolean | undefined) => (ok === undefined ? 'n/a ' : ok ? 'MET ' : 'MISS');
  const lines: string[] = [];
  const modes = [...new Set(report.open.map((row) => row.mode))];
  for (const mode of modes) {
    const row = report.open.find((c) => c.mode === mode && c.rate === rate && c.target === 'sigmacode');
    const p50 = row ? addedLatency({ rows: report.open, row, at: 'p50' }) : undefined;
    const p99 = row ? addedLatency({ rows: report.open, row, at: 'p99' }) : undefined;
    const errors = row ? row.summary.requests - row.summary.ok : undefined;
    const ours = report.closed.find((c) => c.mode === mode && c.target === 'sigmacode')?.perSecond;
    const theirs = report.closed.find((c) => c.mode === mode && c.target === 'portkey')?.perSecond;
    lines.push(
      `${verdict(p50 === undefined ? undefined : p50 <= ADDED_P50_GOAL_MS && errors === 0)} ${mode}: added p50 ${fixed(p50)} ms at ${rate} req/s (goal ≤ ${ADDED_P50_GOAL_MS} ms, no errors; ${errors ?? '-'} errors)`,
      `${verdict(p99 === undefined ? undefined : p99 <= ADDED_P99_GOAL_MS && errors === 0)} ${mode}: added p99 ${fixed(p99)} ms at ${rate} req/s (goal ≤ ${ADDED_P99_GOAL_MS} ms)`,
      `${verdict(ours === undefined || theirs === undefined ? undefined : ours >= theirs)} ${mode}: throughput ${fixed(ours, 0)} req/s vs Portkey ${fixed(theirs, 0)} req/s (goal ≥ Portkey)`,
    );
  }
  return lines;
}
