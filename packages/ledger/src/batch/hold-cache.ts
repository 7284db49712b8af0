import type { schema } from '@sigmacode/db';
import { createBoundedCache } from '../bounded-cache.js';
import { keyOf } from './batch-state.js';

/**
 * The holds this process has seen, as of its own last committed batch, so a batch can skip reading them again.
 * Safe because a cached row can only be behind in one way — `active` when another process has resolved it since —
 * and every status change is guarded (`status = 'active'`) in the write: a stale row makes the write touch fewer
 * rows than planned, the transaction rolls back, and the batch runs again from fresh reads. A resolved status is
 * final, amounts never change, and an idempotency key never moves to another hold.
 */
export interface HoldCache {
  /** A copy of the cached row (the batch may change it), or undefined. */
  get(holdId: string): schema.HoldRow | undefined;
  /** The id of the hold with this idempotency key in this account, if known. */
  idOfKey(input: { accountId: string; idempotencyKey: string }): string | undefined;
  /** Remembers committed rows (copies them). */
  remember(rows: Iterable<schema.HoldRow>): void;
}

/**
 * @example
 * const cache = createHoldCache({ maxSize: 50_000 })
 * cache.remember(committedHolds)
 */
export function createHoldCache({ maxSize }: { maxSize: number }): HoldCache {
  const rows = createBoundedCache<string, schema.HoldRow>({ maxSize });
  const ids = createBoundedCache<string, string>({ maxSize });
  return {
    get(holdId) {
      const row = rows.get(holdId);
      return row ? { ...row } : undefined;
    },
    idOfKey(input) {
      return ids.get(keyOf(input));
    },
    remember(committed) {
      for (const row of committed) {
        rows.set(row.id, { ...row });
        ids.set(keyOf(row), row.id);
      }
    },
  };
}
