import type { Db, schema } from '@sigmacode/db';
import { BatchConflictError } from '../database-errors.js';
import type { LowBalanceEvent } from '../ledger.js';
import { applyOperations } from './apply-operations.js';
import { type AccountState, type BatchState, keyOf, type Outcome } from './batch-state.js';
import type { HoldCache } from './hold-cache.js';
import { loadBatchState } from './load-batch-state.js';
import type { AccountOperation } from './operation.js';
import { writeBatch } from './write-batch.js';

export interface BatchResult {
  /** One per operation, in order; read the values only after the transaction committed. */
  outcomes: Outcome[];
  lowBalanceEvents: LowBalanceEvent[];
  /** Accounts that no longer exist (their operations failed with NOT_FOUND). */
  missingAccounts: Set<string>;
  /** Every hold the batch read or wrote, as committed. */
  holds: schema.HoldRow[];
  /** The batch's accounts as committed. */
  accounts: AccountState[];
}

/**
 * Runs operations on one or more accounts as ONE transaction: lock the account rows, read what the operations
 * refer to, apply them in order in memory, write everything in one statement, commit. Either all of the batch's
 * writes commit or none do; operations that fail on their own (insufficient tokens, a conflict) fail without
 * writing.
 *
 * @example
 * const result = await executeBatch({ db, operations: [{ accountId, operation: { kind: 'hold', input } }], now })
 */
export function executeBatch({
  db,
  operations,
  now,
  cache,
}: {
  db: Db;
  operations: readonly AccountOperation[];
  now: Date;
  /** Holds already known to this process (none: read everything). */
  cache?: HoldCache | undefined;
}): Promise<BatchResult> {
  return db.transaction(async (tx) => {
    const state = await loadBatchState({ db: tx, operations, now, cache });
    const before = new Map<string, AccountState>([...state.accounts].map(([id, account]) => [id, { ...account }]));
    const plan = applyOperations({ state, operations, now });
    if (refusedUnreadKey({ state, operations, outcomes: plan.outcomes })) {
      throw new BatchConflictError('ledger: a hold under an unread key was refused; reading the keys first');
    }
    await writeBatch({ db: tx, before, accounts: state.accounts, plan, now });
    return {
      outcomes: plan.outcomes,
      lowBalanceEvents: plan.lowBalanceEvents,
      missingAccounts: plan.missingAccounts,
      holds: [...state.holdsById.values()],
      accounts: [...state.accounts.values()],
    };
  });
}

/** Whether a hold whose key was taken to be new without reading it was refused (then the key must be read). */
function refusedUnreadKey({
  state,
  operations,
  outcomes,
}: {
  state: BatchState;
  operations: readonly AccountOperation[];
  outcomes: readonly Outcome[];
}): boolean {
  if (state.unreadKeys.size === 0) return false;
  return operations.some(
    ({ accountId, operation }, index) =>
      operation.kind === 'hold' &&
      outcomes[index]?.ok === false &&
      state.unreadKeys.has(keyOf({ accountId, idempotencyKey: operation.input.idempotencyKey })),
  );
}
