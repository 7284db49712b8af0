import type { AppError } from '@sigmacode/core';
import type { schema } from '@sigmacode/db';
import type { LowBalanceEvent } from '../ledger.js';
import type { HoldCache } from './hold-cache.js';
import type { OperationKind, OperationResults } from './operation.js';

/** The locked account as the batch changes it in memory; written back once at the end. */
export interface AccountState {
  id: string;
  organizationId: string;
  balance: bigint;
  reserved: bigint;
  lowBalanceThreshold: bigint | null;
  lowBalanceNotifiedAt: Date | null;
}

/** A capped member's cap and current spending (active holds + charges settled this month). */
export interface MemberSpendingState {
  cap: bigint;
  used: bigint;
}

/** A ledger entry that exists or will be inserted; `id` comes from the INSERT's RETURNING. */
export type EntryDraft = Omit<schema.LedgerEntryRow, 'id'> & { id: bigint | null };

/**
 * What a batch knows under the locks of its accounts: the accounts and caps read under the lock, holds read under
 * it or taken from the process's {@link HoldCache} (checked by the write's guards). Keys and members are per account
 * ({@link keyOf}, `memberKey`).
 */
export interface BatchState {
  /** The batch's accounts that exist, by id. */
  accounts: Map<string, AccountState>;
  /** Holds the batch refers to (by id or idempotency key), including the ones it creates. */
  holdsById: Map<string, schema.HoldRow>;
  holdsByKey: Map<string, schema.HoldRow>;
  /** Existing entries under the credit/debit keys of the batch, and the entries it adds. */
  entriesByKey: Map<string, EntryDraft>;
  /** Cap and spending of the capped members among the batch's holds. */
  spending: Map<string, MemberSpendingState>;
  /**
   * Hold idempotency keys ({@link keyOf}) taken to be new without reading them. Creating a hold under one is safe
   * (the insert's guard catches a key that exists); refusing one is not, as the refusal would be the answer.
   */
  unreadKeys: Set<string>;
  /** Start of the current UTC calendar month: charges settled since then count against member caps. */
  monthStart: Date;
}

/** An operation's own result: a value to read once the batch committed, or the error it failed with. */
export type Outcome = { ok: true; value: () => OperationResults[OperationKind] } | { ok: false; error: AppError };

/** What the batch has to write, and what each operation answers once it is written. */
export interface BatchPlan {
  /** Holds created by the batch, in their final state (a hold settled in the same batch is inserted settled). */
  newHolds: Map<string, schema.HoldRow>;
  /** Holds that existed and left `active` in this batch. */
  changedHolds: Map<string, schema.HoldRow>;
  newEntries: EntryDraft[];
  lowBalanceEvents: LowBalanceEvent[];
  /** Accounts the batch had operations for that no longer exist. */
  missingAccounts: Set<string>;
  /** One per operation, in order. */
  outcomes: Outcome[];
}

/** What an operation is applied to: the batch's state and plan, and its own account. */
export interface ApplyContext {
  state: BatchState;
  plan: BatchPlan;
  now: Date;
  /** The account of the operation being applied. */
  account: AccountState;
}

/** The map key of an idempotency key, which is unique per account. */
export function keyOf({ accountId, idempotencyKey }: { accountId: string; idempotencyKey: string }): string {
  return `${accountId}\u0000${idempotencyKey}`;
}

/** An answer fixed now (a copy of the state at this point of the batch). */
export function snapshot<T>(value: T): () => T {
  return () => value;
}

/** A written entry as a row (its id is known once the batch's insert returned). */
export function written(entry: EntryDraft): schema.LedgerEntryRow {
  if (entry.id === null) throw new Error('ledger: entry read before it was written');
  return { ...entry, id: entry.id };
}
