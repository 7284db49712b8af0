import { AppError } from '@sigmacode/core';
import { MAX_USAGE_RANGE_DAYS } from './usage-schemas.js';

const DAY_MS = 86_400_000;
const DEFAULT_DAYS = 30;

/**
 * The [from, to) range of a usage report: `to` defaults to now and `from` to 30 days before it. A range that is
 * empty, reversed or longer than 366 days is VALIDATION_FAILED, so one report never scans years of entries.
 *
 * @example
 * resolveUsageRange({ from: '2026-01-01', to: '2026-02-01' }) // { from: Date(2026-01-01), to: Date(2026-02-01) }
 */
export function resolveUsageRange({
  from,
  to,
  now = new Date(),
}: {
  from?: string | undefined;
  to?: string | undefined;
  now?: Date;
}): { from: Date; to: Date } {
  const end = to ? new Date(to) : now;
  const start = from ? new Date(from) : new Date(end.getTime() - DEFAULT_DAYS * DAY_MS);
  if (start.getTime() >= end.getTime()) {
    throw invalid({ path: 'from', message: 'must be before to' });
  }
  if (end.getTime() - start.getTime() > MAX_USAGE_RANGE_DAYS * DAY_MS) {
    throw invalid({ path: 'to', message: `the range may span at most ${MAX_USAGE_RANGE_DAYS} days` });
  }
  return { from: start, to: end };
}

function invalid(issue: { path: string; message: string }): AppError {
  return new AppError('VALIDATION_FAILED', {
    message: `Invalid ${issue.path}: ${issue.message}`,
    details: { issues: [issue], target: 'query' },
  });
}
