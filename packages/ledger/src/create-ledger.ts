import { AppError } from '@sigmacode/core';
import type { Db } from '@sigmacode/db';
import { type BatchOptions, createBatchRunner } from './batch/create-batch-runner.js';
import type { OperationOf, OperationResults } from './batch/operation.js';
import { createBoundedCache } from './bounded-cache.js';
import { ensureAccount } from './ensure-account.js';
import { findAccount } from './find-account.js';
import { findExpiredHolds } from './find-expired-holds.js';
import { findHoldAccount } from './find-hold-account.js';
import { getHold } from './get-hold.js';
import { getMemberSpending } from './get-member-spending.js';
import type { CreditInput, DebitInput, HoldInput, Ledger, LowBalanceEvent } from './ledger.js';
import { listEntries } from './list-entries.js';
import { createPendingWrites } from './pending-writes.js';
import { setLowBalanceThreshold } from './set-low-balance-threshold.js';
import { setMemberCap } from './set-member-cap.js';
import { toTokenAccount } from './to-token-account.js';
import { assertAmount, assertId, assertIdempotencyKey, assertMetadata } from './validate-input.js';

export interface CreateLedgerOptions {
  db: Db;
  /** The clock for expiries, timestamps and the member-cap month (default: the system clock). */
  now?: () => Date;
  /**
   * Called after the commit that took an organization's available balance below its threshold — once, until a
   * credit lifts it back. Its failures are swallowed (it must not undo a committed write): log inside it.
   */
  onLowBalance?: (event: LowBalanceEvent) => void | Promise<void>;
  /** Group commit per account (on by default); see {@link BatchOptions}. */
  batch?: BatchOptions;
}

const DEFAULT_EXPIRE_LIMIT = 1_000;
const MAX_TTL_MS = 366 * 24 * 60 * 60 * 1000;
const CACHE_SIZE = 100_000;
const CREDIT_KINDS = ['credit', 'refund', 'adjustment'] as const;
const DEBIT_KINDS = ['adjustment', 'refund', 'expiry'] as const;

/**
 * The token ledger over one database, correct with any number of server processes on it: every write locks its
 * account rows, decides under that lock, and guards every hold status change in SQL (`status = 'active'`). Within a
 * process, concurrent writes are grouped into shared transactions (see `batch`), which is what lets one hot account
 * take thousands of holds per second. How it works: ARCHITECTURE.md, "The ledger".
 *
 * @example
 * const ledger = createLedger({ db, onLowBalance: (event) => logger.warn(event, 'low token balance') })
 * const hold = await ledger.hold({ organizationId, amount: 100n, ttlMs: 600_000, idempotencyKey: requestId })
 * await ledger.settle({ holdId: hold.id, amount: 42n })
 */
export function createLedger(options: CreateLedgerOptions): Ledger {
  const { db, now = () => new Date(), onLowBalance } = options;
  // Both mappings are immutable once they exist: an account keeps its organization, a hold its account.
  const accountOfOrganization = createBoundedCache<string, string>({ maxSize: CACHE_SIZE });
  const accountOfHold = createBoundedCache<string, string>({ maxSize: CACHE_SIZE });
  const creatingAccounts = new Map<string, Promise<string>>();
  const pending = createPendingWrites();
  /** Available tokens per organization as this process last committed them: a hint for speculation, never a check. */
  const lastAvailable = createBoundedCache<string, bigint>({ maxSize: CACHE_SIZE });
  let closed = false;

  const runner = createBatchRunner({
    db,
    now,
    options: options.batch ?? {},
    onLowBalance: (event) => {
      if (!onLowBalance) return;
      void Promise.resolve()
        .then(() => onLowBalance(event))
        .catch(() => {});
    },
    onAccountCommitted: (account) => lastAvailable.set(account.organizationId, account.balance - account.reserved),
    onAccountMissing: (accountId) => {
      accountOfOrganization.deleteWhere((id) => id === accountId);
      accountOfHold.deleteWhere((id) => id === accountId);
    },
  });

  function assertOpen(): void {
    if (closed) throw new AppError('UNAVAILABLE', { message: 'The ledger is closed.' });
  }

  function accountIdOf(organizationId: string): Promise<string> {
    const cached = accountOfOrganization.get(organizationId);
    if (cached !== undefined) return Promise.resolve(cached);
    // A burst of first requests for an organization asks the database once.
    let creating = creatingAccounts.get(organizationId);
    if (!creating) {
      creating = ensureAccount({ db, organizationId })
        .then((account) => {
          accountOfOrganization.set(organizationId, account.id);
          return account.id;
        })
        .finally(() => creatingAccounts.delete(organizationId));
      creatingAccounts.set(organizationId, creating);
    }
    return creating;
  }

  async function accountIdOfHold(holdId: string): Promise<string> {
    const cached = accountOfHold.get(holdId);
    if (cached !== undefined) return cached;
    const accountId = await findHoldAccount({ db, holdId });
    accountOfHold.set(holdId, accountId);
    return accountId;
  }

  /**
   * Submits an operation on the account of a hold. When this process knows the account (it placed the hold) the
   * write is registered before this function returns, so a read that starts afterwards waits for it.
   */
  function submitOnHold<K extends 'settle' | 'void'>(
    holdId: string,
    operation: OperationOf<K>,
  ): Promise<OperationResults[K]> {
    const known = accountOfHold.get(holdId);
    if (known !== undefined) return pending.track(known, runner.submit<K>({ accountId: known, operation }));
    return accountIdOfHold(holdId).then((accountId) =>
      pending.track(accountId, runner.submit<K>({ accountId, operation })),
    );
  }

  /** This process's writes to the organization's account that were called before now, committed. */
  async function settledWrites(organizationId: string): Promise<void> {
    const accountId = accountOfOrganization.get(organizationId);
    if (accountId !== undefined) await pending.settled(accountId);
  }

  return {
    async ensureAccount({ organizationId }) {
      assertOpen();
      assertId({ value: organizationId, name: 'organizationId' });
      const account = await ensureAccount({ db, organizationId });
      accountOfOrganization.set(organizationId, account.id);
      return toTokenAccount(account);
    },

    async getBalance({ organizationId }) {
      assertOpen();
      assertId({ value: organizationId, name: 'organizationId' });
      await settledWrites(organizationId);
      const account = await findAccount({ db, organizationId });
      const balance = account?.balance ?? 0n;
      const reserved = account?.reserved ?? 0n;
      return { balance, reserved, available: balance - reserved };
    },

    async credit(input) {
      assertOpen();
      validateCredit(input);
      const accountId = await accountIdOf(input.organizationId);
      return pending.track(accountId, runner.submit({ accountId, operation: { kind: 'credit', input: { ...input } } }));
    },

    async debit(input) {
      assertOpen();
      validateDebit(input);
      const accountId = await accountIdOf(input.organizationId);
      return pending.track(accountId, runner.submit({ accountId, operation: { kind: 'debit', input: { ...input } } }));
    },

    async hold(input) {
      assertOpen();
      validateHold(input);
      const accountId = await accountIdOf(input.organizationId);
      const hold = await pending.track(
        accountId,
        runner.submit({ accountId, operation: { kind: 'hold', input: { ...input } } }),
      );
      accountOfHold.set(hold.id, hold.accountId);
      return hold;
    },

    async settle({ holdId, amount }) {
      assertOpen();
      assertId({ value: holdId, name: 'holdId' });
      assertAmount({ value: amount, name: 'amount', min: 0n });
      return submitOnHold(holdId, { kind: 'settle', holdId, amount });
    },

    async void({ holdId, reason }) {
      assertOpen();
      assertId({ value: holdId, name: 'holdId' });
      return submitOnHold(holdId, { kind: 'void', holdId, reason: reason ?? null });
    },

    settledWrites: ({ organizationId }) => settledWrites(organizationId),

    lastKnownAvailable: ({ organizationId }) => lastAvailable.get(organizationId) ?? null,

    async expireHolds(input = {}) {
      assertOpen();
      const asOf = input.now ?? now();
      const limit = input.limit ?? DEFAULT_EXPIRE_LIMIT;
      if (!Number.isInteger(limit) || limit < 1) {
        throw new AppError('VALIDATION_FAILED', { message: 'limit must be a positive integer.' });
      }
      const due = await findExpiredHolds({ db, now: asOf, limit });
      const expired = await Promise.all(
        due.map((hold) =>
          runner.submit({ accountId: hold.accountId, operation: { kind: 'expire', holdId: hold.id, now: asOf } }),
        ),
      );
      return expired.filter(Boolean).length;
    },

    async listEntries({ organizationId, limit, cursor }) {
      assertOpen();
      assertId({ value: organizationId, name: 'organizationId' });
      await settledWrites(organizationId);
      return listEntries({ db, organizationId, limit, cursor });
    },

    async close() {
      closed = true;
      await runner.drain();
    },

    async getHold({ holdId }) {
      assertOpen();
      assertId({ value: holdId, name: 'holdId' });
      return getHold({ db, holdId });
    },

    async setMemberCap({ organizationId, userId, monthlyCap }) {
      assertOpen();
      assertId({ value: organizationId, name: 'organizationId' });
      assertId({ value: userId, name: 'userId' });
      if (monthlyCap !== null) assertAmount({ value: monthlyCap, name: 'monthlyCap', min: 0n });
      await setMemberCap({ db, organizationId, userId, monthlyCap, now: now() });
    },

    async getMemberSpending({ organizationId, userId }) {
      assertOpen();
      assertId({ value: organizationId, name: 'organizationId' });
      assertId({ value: userId, name: 'userId' });
      return getMemberSpending({ db, organizationId, userId, now: now() });
    },

    async setLowBalanceThreshold({ organizationId, threshold }) {
      assertOpen();
      assertId({ value: organizationId, name: 'organizationId' });
      if (threshold !== null) assertAmount({ value: threshold, name: 'threshold', min: 0n });
      const accountId = await accountIdOf(organizationId);
      return toTokenAccount(await setLowBalanceThreshold({ db, accountId, threshold, now: now() }));
    },
  };
}

function validateHold(input: HoldInput): void {
  assertId({ value: input.organizationId, name: 'organizationId' });
  assertAmount({ value: input.amount, name: 'amount', min: 1n });
  // Hold keys live in the holds table, apart from entry keys, so any key is fine here.
  assertIdempotencyKey({ value: input.idempotencyKey, callerKey: false });
  // A negative ttl is allowed (the hold is due for the next sweep); beyond a year it is a unit mistake.
  if (typeof input.ttlMs !== 'number' || !Number.isFinite(input.ttlMs) || Math.abs(input.ttlMs) > MAX_TTL_MS) {
    throw new AppError('VALIDATION_FAILED', { message: 'ttlMs must be a number of milliseconds, at most a year.' });
  }
  assertMetadata(input.metadata);
}

function validateCredit(input: CreditInput): void {
  assertId({ value: input.organizationId, name: 'organizationId' });
  assertAmount({ value: input.amount, name: 'amount', min: 1n });
  assertIdempotencyKey({ value: input.idempotencyKey, callerKey: true });
  assertKind({ kind: input.kind, allowed: CREDIT_KINDS });
  assertMetadata(input.metadata);
}

function validateDebit(input: DebitInput): void {
  assertId({ value: input.organizationId, name: 'organizationId' });
  assertAmount({ value: input.amount, name: 'amount', min: 1n });
  assertIdempotencyKey({ value: input.idempotencyKey, callerKey: true });
  assertKind({ kind: input.kind, allowed: DEBIT_KINDS });
  assertMetadata(input.metadata);
}

function assertKind({ kind, allowed }: { kind: string | undefined; allowed: readonly string[] }): void {
  if (kind !== undefined && !allowed.includes(kind)) {
    throw new AppError('VALIDATION_FAILED', { message: `kind must be one of ${allowed.join(', ')}.` });
  }
}
