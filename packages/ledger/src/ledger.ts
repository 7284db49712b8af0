import type { HoldStatus, LedgerEntryKind } from '@sigmacode/db';

/**
 * The contract of @sigmacode/ledger: prepaid token accounts with two-phase spending. Amounts are bigint tokens.
 * Every write is one transaction that appends a ledger entry and changes the account in the same step; every write
 * takes an idempotency key (unique per account), so a retry returns the first result instead of writing twice.
 */
export interface Ledger {
  /** The organization's account, created on first use (balance 0). */
  ensureAccount(input: { organizationId: string }): Promise<TokenAccount>;
  getBalance(input: { organizationId: string }): Promise<Balance>;
  /** Adds tokens (purchases, grants, manual refunds). amount > 0. */
  credit(input: CreditInput): Promise<LedgerEntry>;
  /**
   * Takes tokens back (negative adjustments, Stripe refunds). Never below available: without `allowPartial` a debit
   * larger than available fails with INSUFFICIENT_TOKENS; with it, it takes what is available and reports the rest.
   */
  debit(input: DebitInput): Promise<{ entry: LedgerEntry | null; debited: bigint; shortfall: bigint }>;
  /** Reserves tokens before a call. 402 INSUFFICIENT_TOKENS when available < amount (or a member cap is hit). */
  hold(input: HoldInput): Promise<Hold>;
  /** Charges `amount` (≤ held) and releases the rest. Resolves the hold; a hold resolves exactly once. */
  settle(input: { holdId: string; amount: bigint }): Promise<SettleResult>;
  /** Releases the whole hold without charging (failure before output, firewall block). */
  void(input: { holdId: string; reason?: string }): Promise<Hold>;
  /** Voids active holds whose expiry has passed (the sweeper); returns how many. */
  expireHolds(input?: { now?: Date; limit?: number }): Promise<number>;
  listEntries(input: { organizationId: string; limit: number; cursor?: string }): Promise<EntryPage>;
  /** Waits for queued operations and stops background work. */
  close(): Promise<void>;

  // Added by the implementation (the members above are the original contract).

  /**
   * Resolves once every write to the organization's account that THIS process was asked for before the call has
   * committed (or failed). `getBalance` and `listEntries` wait for it themselves; other readers of the account's
   * effects (usage reports) call it first. Writers need not wait for their commit to have their effect seen here.
   */
  settledWrites(input: { organizationId: string }): Promise<void>;
  /**
   * The organization's available tokens as this process's last write to its account committed them, or null when
   * it has written none (since its start or within its memory). Other processes' writes since are not in it: a
   * hint for deciding whether a hold is very likely to succeed, never a check — only `hold` decides.
   */
  lastKnownAvailable(input: { organizationId: string }): bigint | null;
  /** A hold as it is now (NOT_FOUND when unknown). */
  getHold(input: { holdId: string }): Promise<Hold>;
  /**
   * Sets a member's monthly token cap (null removes it). `hold` with that `userId` then refuses a reservation that
   * would take the member's spending this UTC calendar month (active holds + settled charges) above the cap.
   */
  setMemberCap(input: { organizationId: string; userId: string; monthlyCap: bigint | null }): Promise<void>;
  /** A member's cap and what counts against it right now. */
  getMemberSpending(input: { organizationId: string; userId: string }): Promise<MemberSpending>;
  /**
   * Sets the low-balance threshold (null turns the event off) and re-arms the event, so the next write that leaves
   * available below the threshold raises it.
   */
  setLowBalanceThreshold(input: { organizationId: string; threshold: bigint | null }): Promise<TokenAccount>;
}

/**
 * What `debit` resolves to (the same shape as in its signature). The implementation always writes the entry — with
 * `allowPartial` even when nothing was available (a delta of 0, recording the shortfall) — so a retry with the same
 * key answers exactly as the first call did instead of taking tokens credited in between.
 */
export interface DebitResult {
  entry: LedgerEntry | null;
  debited: bigint;
  shortfall: bigint;
}

export interface MemberSpending {
  monthlyCap: bigint | null;
  /** Active holds plus charges settled this UTC calendar month. */
  used: bigint;
}

export interface TokenAccount {
  id: string;
  organizationId: string;
  balance: bigint;
  reserved: bigint;
  lowBalanceThreshold: bigint | null;
}

export interface Balance {
  balance: bigint;
  reserved: bigint;
  /** balance − reserved: what a new hold can take. */
  available: bigint;
}

export interface Attribution {
  userId?: string | null;
  apiKeyId?: string | null;
  appId?: string | null;
  action?: string | null;
  model?: string | null;
  metadata?: Record<string, unknown>;
}

export interface CreditInput {
  organizationId: string;
  amount: bigint;
  idempotencyKey: string;
  kind?: Extract<LedgerEntryKind, 'credit' | 'refund' | 'adjustment'>;
  reason?: string;
  userId?: string | null;
  metadata?: Record<string, unknown>;
}

export interface DebitInput {
  organizationId: string;
  amount: bigint;
  idempotencyKey: string;
  kind?: Extract<LedgerEntryKind, 'adjustment' | 'refund' | 'expiry'>;
  reason?: string;
  userId?: string | null;
  allowPartial?: boolean;
  metadata?: Record<string, unknown>;
}

export interface HoldInput extends Attribution {
  organizationId: string;
  amount: bigint;
  ttlMs: number;
  idempotencyKey: string;
}

export interface Hold {
  id: string;
  accountId: string;
  organizationId: string;
  amount: bigint;
  status: HoldStatus;
  settledAmount: bigint | null;
  expiresAt: Date;
  createdAt: Date;
  resolvedAt: Date | null;
}

export interface SettleResult {
  hold: Hold;
  charged: bigint;
  released: bigint;
}

export interface LedgerEntry {
  id: string;
  accountId: string;
  kind: LedgerEntryKind;
  balanceDelta: bigint;
  reservedDelta: bigint;
  balanceAfter: bigint;
  reservedAfter: bigint;
  holdId: string | null;
  idempotencyKey: string;
  userId: string | null;
  apiKeyId: string | null;
  appId: string | null;
  action: string | null;
  model: string | null;
  reason: string | null;
  metadata: Record<string, unknown> | null;
  createdAt: Date;
}

export interface EntryPage {
  entries: LedgerEntry[];
  /** Pass back as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

/** Raised (at most once until the balance recovers) when available drops below the organization's threshold. */
export interface LowBalanceEvent {
  organizationId: string;
  available: bigint;
  threshold: bigint;
}
