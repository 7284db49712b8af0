import { AppError } from '@sigmacode/core';
import { toHold } from '../to-hold.js';
import { toWireAmount } from '../validate-input.js';
import { addEntry } from './add-entry.js';
import { type ApplyContext, snapshot } from './batch-state.js';
import { checkLowBalance } from './check-low-balance.js';
import type { OperationResults } from './operation.js';
import { findHold, resolvedConflict, resolveHold, spendingOf } from './resolve-hold.js';

/**
 * Charges up to a hold's amount and releases the rest; a retry with the same amount answers the same.
 *
 * @example
 * const answer = applySettle({ context, holdId, amount: 42n })
 */
export function applySettle({
  context,
  holdId,
  amount,
}: {
  context: ApplyContext;
  holdId: string;
  amount: bigint;
}): () => OperationResults['settle'] {
  const { account } = context;
  const hold = findHold({ context, holdId });
  if (amount > hold.amount) {
    throw new AppError('VALIDATION_FAILED', {
      message: 'A hold cannot be settled for more than it holds.',
      details: { holdId, held: toWireAmount(hold.amount), amount: toWireAmount(amount) },
    });
  }
  const result = () => ({
    hold: toHold({ row: hold, organizationId: account.organizationId }),
    charged: hold.settledAmount ?? 0n,
    released: hold.amount - (hold.settledAmount ?? 0n),
  });
  if (hold.status === 'settled' && hold.settledAmount === amount) return snapshot(result());
  if (hold.status !== 'active') throw resolvedConflict({ hold, wanted: 'settled' });

  account.balance -= amount;
  account.reserved -= hold.amount;
  resolveHold({ context, hold, status: 'settled', settledAmount: amount });
  const spending = spendingOf({ context, hold });
  // The hold stops counting as reserved and starts counting as charged this month (it is resolved now).
  if (spending) spending.used += amount - hold.amount;
  addEntry({
    context,
    kind: 'settle',
    balanceDelta: -amount,
    reservedDelta: -hold.amount,
    holdId: hold.id,
    idempotencyKey: `settle:${hold.id}`,
    attribution: hold,
    metadata: null,
  });
  checkLowBalance({ context, credited: false });
  return snapshot(result());
}
