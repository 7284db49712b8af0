import { AppError } from '@sigmacode/core';
import { applyCredit } from './apply-credit.js';
import { applyDebit } from './apply-debit.js';
import { applyExpire } from './apply-expire.js';
import { applyHold } from './apply-hold.js';
import { applySettle } from './apply-settle.js';
import { applyVoid } from './apply-void.js';
import type { ApplyContext, BatchPlan, BatchState } from './batch-state.js';
import type { AccountOperation, Operation, OperationKind, OperationResults } from './operation.js';

/**
 * Applies a batch's operations, in order, to the state read under the accounts' locks. Pure: it only changes
 * `state` and returns the plan; each operation succeeds or fails on its own (the 101st hold of a 100-token balance
 * fails alone), and a failed operation leaves the state as it was.
 *
 * @example
 * const plan = applyOperations({ state, operations: [{ accountId, operation: { kind: 'hold', input } }], now })
 */
export function applyOperations({
  state,
  operations,
  now,
}: {
  state: BatchState;
  operations: readonly AccountOperation[];
  now: Date;
}): BatchPlan {
  const plan: BatchPlan = {
    newHolds: new Map(),
    changedHolds: new Map(),
    newEntries: [],
    lowBalanceEvents: [],
    missingAccounts: new Set(),
    outcomes: [],
  };
  for (const { accountId, operation } of operations) {
    try {
      const account = state.accounts.get(accountId);
      if (!account) {
        plan.missingAccounts.add(accountId);
        throw new AppError('NOT_FOUND', { message: 'The token account no longer exists.' });
      }
      plan.outcomes.push({ ok: true, value: applyOperation({ context: { state, plan, now, account }, operation }) });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      plan.outcomes.push({ ok: false, error });
    }
  }
  return plan;
}

function applyOperation({
  context,
  operation,
}: {
  context: ApplyContext;
  operation: Operation;
}): () => OperationResults[OperationKind] {
  switch (operation.kind) {
    case 'hold':
      return applyHold({ context, input: operation.input });
    case 'settle':
      return applySettle({ context, holdId: operation.holdId, amount: operation.amount });
    case 'void':
      return applyVoid({ context, holdId: operation.holdId, reason: operation.reason });
    case 'expire':
      return applyExpire({ context, holdId: operation.holdId, asOf: operation.now });
    case 'credit':
      return applyCredit({ context, input: operation.input });
    case 'debit':
      return applyDebit({ context, input: operation.input });
  }
}
