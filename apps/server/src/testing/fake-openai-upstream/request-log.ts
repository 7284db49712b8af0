import type { FakeRequest } from './fake-upstream-script.js';

/** The requests a fake upstream received, newest last, keeping at most `limit` of them. */
export interface RequestLog {
  record(request: FakeRequest): void;
  /** A copy of the kept requests, oldest first. */
  list(): FakeRequest[];
  /** Every request ever recorded, including those no longer kept. */
  readonly total: number;
  clear(): void;
}

/**
 * A bounded log: memory stays flat under benchmark load (trimming happens in batches, so recording stays O(1)).
 *
 * @example
 * const log = createRequestLog({ limit: 1000 })
 * log.record(request)
 */
export function createRequestLog({ limit }: { limit: number }): RequestLog {
  let kept: FakeRequest[] = [];
  let total = 0;
  return {
    record(request) {
      total += 1;
      if (limit <= 0) return;
      kept.push(request);
      if (kept.length >= limit * 2) kept = kept.slice(-limit);
    },
    list: () => kept.slice(-limit),
    get total() {
      return total;
    },
    clear() {
      kept = [];
    },
  };
}
