import { toHold } from '../to-hold.js';
import { addEntry } from './add-entry.js';
import { type ApplyContext, snapshot } from './batch-state.js';
import { checkLowBalance } from './check-low-balance.js';
import type { OperationResults } from './operation.js';
import { findHold, resolvedConflict, resolveHold, spendingOf } from './resolve-hold.js';

/**
 * Releases a whole hold; voiding a voided hold answers with it again.
 *
 * @example
 * const answer = applyVoid({ context, holdId, reason: 'blocked by the firewall' })
 */
export function applyVoid({
  context,
  holdId,
  reason,
}: {
  context: ApplyContext;
  holdId: string;
  reason: string | null;
}): () => OperationResults['void'] {
  const { account } = context;
  const hold = findHold({ context, holdId });
  if (hold.status === 'voided') return snapshot(toHold({ row: hold, organizationId: account.organizationId }));
  if (hold.status !== 'active') throw resolvedConflict({ hold, wanted: 'voided' });

  account.reserved -= hold.amount;
  resolveHold({ context, hold, status: 'voided', settledAmount: null });
  const spending = spendingOf({ context, hold });
  if (spending) spending.used -= hold.amount;
  addEntry({
    context,
    kind: 'void',
    balanceDelta: 0n,
    reservedDelta: -hold.amount,
    holdId: hold.id,
    idempotencyKey: `void:${hold.id}`,
    attribution: hold,
    reason,
    metadata: null,
  });
  checkLowBalance({ context, credited: false });
  return snapshot(toHold({ row: hold, organizationId: account.organizationId }));
}
