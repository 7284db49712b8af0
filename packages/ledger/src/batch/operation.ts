import type { CreditInput, DebitInput, DebitResult, Hold, HoldInput, LedgerEntry, SettleResult } from '../ledger.js';

/**
 * One write to one token account, as the batch runner queues it. Every ledger write is one of these, batched or
 * not, so there is a single code path that changes balances.
 */
export type Operation =
  | { kind: 'hold'; input: HoldInput }
  | { kind: 'settle'; holdId: string; amount: bigint }
  | { kind: 'void'; holdId: string; reason: string | null }
  | { kind: 'expire'; holdId: string; now: Date }
  | { kind: 'credit'; input: CreditInput }
  | { kind: 'debit'; input: DebitInput };

export type OperationKind = Operation['kind'];

/** What each kind of operation resolves to; `expire` tells whether this call expired the hold. */
export interface OperationResults {
  hold: Hold;
  settle: SettleResult;
  void: Hold;
  expire: boolean;
  credit: LedgerEntry;
  debit: DebitResult;
}

export type OperationOf<K extends OperationKind> = Extract<Operation, { kind: K }>;

/** An operation and the account it writes to (a hold's account for settle, void and expire). */
export interface AccountOperation {
  accountId: string;
  operation: Operation;
}
