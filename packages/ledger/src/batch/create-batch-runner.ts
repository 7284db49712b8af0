import { AppError } from '@sigmacode/core';
import type { Db } from '@sigmacode/db';
import { isRetryable } from '../database-errors.js';
import type { LowBalanceEvent } from '../ledger.js';
import type { AccountState } from './batch-state.js';
import { type BatchResult, executeBatch } from './execute-batch.js';
import { createHoldCache } from './hold-cache.js';
import type { AccountOperation, OperationKind, OperationOf, OperationResults } from './operation.js';

/** How the ledger groups writes into transactions (group commit). */
export interface BatchOptions {
  /**
   * Group the operations that arrive while earlier batches are in flight into shared transactions (default true).
   * Off, every operation is its own transaction and concurrent ones on an account wait on its row lock.
   */
  enabled?: boolean;
  /** Most operations in one transaction (default 500). */
  maxSize?: number;
  /** Batch transactions in flight at once, each on its own pooled connection (default 4). */
  maxConcurrent?: number;
  /** Attempts of a transaction that hit a serialization failure, a deadlock or a lost connection (default 5). */
  maxAttempts?: number;
}

export interface BatchRunner {
  /** Queues an operation on an account and resolves with its own result once its batch committed. */
  submit<K extends OperationKind>(input: {
    accountId: string;
    operation: OperationOf<K>;
  }): Promise<OperationResults[K]>;
  /** Resolves when nothing is queued or running. */
  drain(): Promise<void>;
}

interface Queued extends AccountOperation {
  resolve(value: OperationResults[OperationKind]): void;
  reject(error: unknown): void;
}

const DEFAULT_MAX_SIZE = 500;
const DEFAULT_MAX_CONCURRENT = 4;
const DEFAULT_MAX_ATTEMPTS = 5;
const HOLD_CACHE_SIZE = 50_000;

/**
 * The per-process group commit. Operations queue per account. Up to `maxConcurrent` batches run at once; each takes
 * the queued operations of accounts that have no batch in flight (oldest first, up to `maxSize` operations) and runs
 * them as ONE transaction — one lock statement, one read, one write statement and one commit for many callers. An
 * account is in at most one batch at a time, so its operations apply in the order they were submitted, and the
 * operations that arrive while it is in flight form its next batch: the busier an account, the larger its batches.
 *
 * A batch whose transaction fails with a retryable error runs again from a fresh read (safe: every write is
 * idempotent, so even an ambiguous commit is retried correctly); one that fails otherwise is split and each
 * operation runs alone, so an operation the database refuses fails only its own caller. Nothing of a failed
 * transaction is ever visible: it rolled back.
 *
 * @example
 * const runner = createBatchRunner({ db, now: () => new Date(), options: {}, onLowBalance, onAccountMissing })
 * const hold = await runner.submit({ accountId, operation: { kind: 'hold', input } })
 */
export function createBatchRunner({
  db,
  now,
  options,
  onLowBalance,
  onAccountMissing,
  onAccountCommitted = () => {},
}: {
  db: Db;
  now: () => Date;
  options: BatchOptions;
  onLowBalance: (event: LowBalanceEvent) => void;
  onAccountMissing: (accountId: string) => void;
  /** Each account of a committed batch, as it was committed. */
  onAccountCommitted?: (account: AccountState) => void;
}): BatchRunner {
  const enabled = options.enabled ?? true;
  const maxSize = positiveInteger({ value: options.maxSize ?? DEFAULT_MAX_SIZE, name: 'maxSize' });
  const maxConcurrent = positiveInteger({
    value: options.maxConcurrent ?? DEFAULT_MAX_CONCURRENT,
    name: 'maxConcurrent',
  });
  const maxAttempts = positiveInteger({ value: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS, name: 'maxAttempts' });

  /** Queued operations per account (only accounts with some). */
  const queues = new Map<string, Queued[]>();
  /** Accounts with queued operations and no batch in flight, in the order they became ready. */
  const ready = new Set<string>();
  const inFlight = new Set<string>();
  const running = new Set<Promise<void>>();
  const holdCache = createHoldCache({ maxSize: HOLD_CACHE_SIZE });
  let batchesRunning = 0;
  let pumpScheduled = false;

  function track(work: Promise<void>): void {
    running.add(work);
    void work.finally(() => running.delete(work));
  }

  function schedulePump(): void {
    if (pumpScheduled) return;
    pumpScheduled = true;
    // One turn of the event loop, so operations submitted together (a burst of requests) share the first batch.
    setImmediate(() => {
      pumpScheduled = false;
      pump();
    });
  }

  function pump(): void {
    while (batchesRunning < maxConcurrent && ready.size > 0) {
      // Spread what is ready over the free slots, so many quiet accounts make several smaller batches that run in
      // parallel; one busy account still goes whole (up to maxSize) into one batch, as it cannot be split anyway.
      let readyOperations = 0;
      for (const accountId of ready) readyOperations += queues.get(accountId)?.length ?? 0;
      const share = Math.min(maxSize, Math.ceil(readyOperations / (maxConcurrent - batchesRunning)));
      const items: Queued[] = [];
      const accounts: string[] = [];
      for (const accountId of ready) {
        if (items.length >= share) break;
        const queue = queues.get(accountId) ?? [];
        items.push(...queue.splice(0, maxSize - items.length));
        if (queue.length === 0) queues.delete(accountId);
        ready.delete(accountId);
        inFlight.add(accountId);
        accounts.push(accountId);
      }
      batchesRunning += 1;
      track(
        run(items).finally(() => {
          batchesRunning -= 1;
          for (const accountId of accounts) {
            inFlight.delete(accountId);
            if (queues.has(accountId)) ready.add(accountId);
          }
          pump();
        }),
      );
    }
  }

  /** Runs one batch to the end; never rejects (every caller gets its result or its error). */
  async function run(items: Queued[]): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      let result: BatchResult;
      try {
        // A retry reads everything afresh: the cache may be what made the first attempt fail.
        result = await executeBatch({
          db,
          operations: items,
          now: now(),
          cache: attempt === 1 ? holdCache : undefined,
        });
      } catch (error) {
        // The first attempt trusts the hold cache; a stale row there can break the write in any way (a failed guard,
        // even a CHECK violation of the account), so its failure always earns one attempt from fresh reads.
        const retryable = isRetryable(error) || attempt === 1;
        if (retryable && attempt < maxAttempts) {
          await backoff(attempt);
          continue;
        }
        if (!retryable && items.length > 1) {
          for (const item of items) await run([item]);
          return;
        }
        const failure = retryable
          ? new AppError('UNAVAILABLE', {
              message: 'The ledger could not complete the write; try again.',
              cause: error,
            })
          : error;
        for (const item of items) item.reject(failure);
        return;
      }
      holdCache.remember(result.holds);
      deliver({ items, result });
      return;
    }
  }

  function deliver({ items, result }: { items: Queued[]; result: BatchResult }): void {
    for (const accountId of result.missingAccounts) onAccountMissing(accountId);
    for (const account of result.accounts) onAccountCommitted(account);
    items.forEach((item, index) => {
      const outcome = result.outcomes[index];
      if (!outcome) item.reject(new Error('ledger: an operation got no outcome'));
      else if (!outcome.ok) item.reject(outcome.error);
      else {
        try {
          item.resolve(outcome.value());
        } catch (error) {
          item.reject(error);
        }
      }
    });
    for (const event of result.lowBalanceEvents) onLowBalance(event);
  }

  return {
    submit<K extends OperationKind>({
      accountId,
      operation,
    }: {
      accountId: string;
      operation: OperationOf<K>;
    }): Promise<OperationResults[K]> {
      return new Promise<OperationResults[K]>((resolve, reject) => {
        // The runner is generic over kinds; each outcome is produced by the apply function of its own kind.
        const item: Queued = {
          accountId,
          operation,
          resolve: resolve as (value: OperationResults[OperationKind]) => void,
          reject,
        };
        if (!enabled) {
          track(run([item]));
          return;
        }
        const queue = queues.get(accountId);
        if (queue) queue.push(item);
        else queues.set(accountId, [item]);
        if (!inFlight.has(accountId)) ready.add(accountId);
        schedulePump();
      });
    },
    async drain(): Promise<void> {
      while (running.size > 0 || queues.size > 0) {
        await Promise.all(running);
        if (running.size === 0 && queues.size > 0) await new Promise<void>((resolve) => setImmediate(resolve));
      }
    },
  };
}

function positiveInteger({ value, name }: { value: number; name: string }): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`ledger: batch.${name} must be a positive integer`);
  return value;
}

function backoff(attempt: number): Promise<void> {
  const ms = Math.min(200, 5 * 2 ** attempt) * (0.5 + Math.random());
  return new Promise((resolve) => setTimeout(resolve, ms));
}
