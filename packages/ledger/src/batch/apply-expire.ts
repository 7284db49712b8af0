import { addEntry } from './add-entry.js';
import type { ApplyContext } from './batch-state.js';
import { checkLowBalance } from './check-low-balance.js';
import type { OperationResults } from './operation.js';
import { resolveHold, spendingOf } from './resolve-hold.js';

/**
 * Expires an active hold whose expiry has passed; answers whether this call did it.
 *
 * @example
 * const answer = applyExpire({ context, holdId, asOf: now })
 */
export function applyExpire({
  context,
  holdId,
  asOf,
}: {
  context: ApplyContext;
  holdId: string;
  asOf: Date;
}): () => OperationResults['expire'] {
  const { state, account } = context;
  const hold = state.holdsById.get(holdId);
  // Another sweeper (or a settle) got there first: nothing to do, and this call does not count it.
  if (!hold || hold.accountId !== account.id || hold.status !== 'active' || hold.expiresAt.getTime() > asOf.getTime()) {
    return () => false;
  }

  account.reserved -= hold.amount;
  resolveHold({ context, hold, status: 'expired', settledAmount: null });
  const spending = spendingOf({ context, hold });
  if (spending) spending.used -= hold.amount;
  addEntry({
    context,
    kind: 'expiry',
    balanceDelta: 0n,
    reservedDelta: -hold.amount,
    holdId: hold.id,
    idempotencyKey: `expiry:${hold.id}`,
    attribution: hold,
    metadata: null,
  });
  checkLowBalance({ context, credited: false });
  return () => true;
}
