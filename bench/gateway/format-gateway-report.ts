import type { Mode, TargetName } from './bench-config.js';
import type { LatencySummary } from './latency-stats.js';

/** What one target measured in one mode. */
export interface GatewayRow {
  mode: Mode;
  target: TargetName;
  /** Why the target could not be measured (its first request failed), if so. */
  failure?: string;
  open?: { summary: LatencySummary; sentPerSecond: number; lagP99: number };
  closed?: { summary: LatencySummary; perSecond: number };
}

/** The latency goals of SIGMACODE over a direct call at the open-loop rate, ms. */
export const ADDED_P50_GOAL_MS = 1;
export const ADDED_P99_GOAL_MS = 5;

const fixed = (value: number | undefined, digits = 2) =>
  value === undefined || Number.isNaN(value) ? '-' : value.toFixed(digits);

function errorsOf(summary: LatencySummary | undefined): string {
  if (!summary) return '-';
  const entries = Object.entries(summary.errors);
  if (entries.length === 0) return '0';
  return entries.map(([reason, count]) => `${count} ${reason}`).join(', ');
}

/** Added latency of a row over the direct row of its mode at a percentile (undefined when either is missing). */
export function addedLatency({
  rows,
  row,
  at,
}: {
  rows: readonly GatewayRow[];
  row: GatewayRow;
  at: 'p50' | 'p99';
}): number | undefined {
  const direct = rows.find((other) => other.mode === row.mode && other.target === 'direct')?.open?.summary[at];
  const own = row.open?.summary[at];
  return direct === undefined || own === undefined ? undefined : own - direct;
}

/**
 * The benchmark's table: per mode and target the open-loop latencies and their added part over the direct call,
 * the generator's lag, and the closed-loop throughput.
 *
 * @example console.log(formatGatewayTable({ rows, rate: 1000, concurrency: 64 }))
 */
export function formatGatewayTable({
  rows,
  rate,
  concurrency,
}: {
  rows: readonly GatewayRow[];
  rate: number;
  concurrency: number;
}): string {
  const header = [
    'mode',
    'target',
    'sent/s',
    'ok',
    'errors',
    'p50 ms',
    'p99 ms',
    '+p50 ms',
    '+p99 ms',
    'lag p99',
    `max req/s @${concurrency}`,
    'p50 ms',
    'errors',
  ];
  const lines = rows.map((row) => {
    if (row.failure) return [row.mode, row.target, `not measured: ${row.failure}`];
    const open = row.open;
    const closed = row.closed;
    return [
      row.mode,
      row.target,
      fixed(open?.sentPerSecond, 0),
      open ? String(open.summary.ok) : '-',
      errorsOf(open?.summary),
      fixed(open?.summary.p50),
      fixed(open?.summary.p99),
      row.target === 'direct' ? '' : fixed(addedLatency({ rows, row, at: 'p50' })),
      row.target === 'direct' ? '' : fixed(addedLatency({ rows, row, at: 'p99' })),
      fixed(open?.lagP99),
      fixed(closed?.perSecond, 0),
      fixed(closed?.summary.p50),
      errorsOf(closed?.summary),
    ];
  });
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.filter((line) => line.length === header.length).map((line) => line[column]?.length ?? 0)),
  );
  const format = (cells: string[]) =>
    cells.length === header.length
      ? cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ')
      : cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column] ?? 0) : cell)).join('  ');
  return [
    `open loop at ${rate} req/s (latency of successful requests; +pXX = minus direct at the same percentile) | closed loop with ${concurrency} connections`,
    format(header),
    ...lines.map(format),
  ].join('\n');
}

/**
 * The goals, checked: SIGMACODE's added p50/p99 per mode, and its throughput against Portkey's.
 *
 * @example console.log(formatGoals({ rows, rate: 1000 }).join('\n'))
 */
export function formatGoals({ rows, rate }: { rows: readonly GatewayRow[]; rate: number }): string[] {
  const lines: string[] = [];
  const verdict = (ok: boolean | undefined) => (ok === undefined ? 'n/a ' : ok ? 'MET ' : 'MISS');
  for (const row of rows.filter((candidate) => candidate.target === 'sigmacode' && !candidate.failure)) {
    const p50 = addedLatency({ rows, row, at: 'p50' });
    const p99 = addedLatency({ rows, row, at: 'p99' });
    const portkey = rows.find((other) => other.mode === row.mode && other.target === 'portkey' && !other.failure);
    const ours = row.closed?.perSecond;
    const theirs = portkey?.closed?.perSecond;
    lines.push(
      `${verdict(p50 === undefined ? undefined : p50 <= ADDED_P50_GOAL_MS)} ${row.mode}: added p50 ${fixed(p50)} ms (goal ≤ ${ADDED_P50_GOAL_MS} ms at ${rate} req/s)`,
      `${verdict(p99 === undefined ? undefined : p99 <= ADDED_P99_GOAL_MS)} ${row.mode}: added p99 ${fixed(p99)} ms (goal ≤ ${ADDED_P99_GOAL_MS} ms at ${rate} req/s)`,
      `${verdict(ours === undefined || theirs === undefined ? undefined : ours >= theirs)} ${row.mode}: throughput ${fixed(ours, 0)} req/s vs Portkey ${fixed(theirs, 0)} req/s (goal ≥ Portkey)`,
    );
  }
  return lines;
}
