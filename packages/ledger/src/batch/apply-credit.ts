import type { CreditInput } from '../ledger.js';
import { toLedgerEntry } from '../to-ledger-entry.js';
import { addEntry } from './add-entry.js';
import { type ApplyContext, keyOf, written } from './batch-state.js';
import { checkLowBalance } from './check-low-balance.js';
import { keyConflict } from './key-conflict.js';
import type { OperationResults } from './operation.js';

/**
 * Adds tokens; a repeated idempotency key answers with its first entry.
 *
 * @example
 * const answer = applyCredit({ context, input })
 */
export function applyCredit({
  context,
  input,
}: {
  context: ApplyContext;
  input: CreditInput;
}): () => OperationResults['credit'] {
  const { state, account } = context;
  const kind = input.kind ?? 'credit';
  const existing = state.entriesByKey.get(keyOf({ accountId: account.id, idempotencyKey: input.idempotencyKey }));
  if (existing) {
    if (existing.kind !== kind || existing.balanceDelta !== input.amount)
      throw keyConflict({ existing, requested: input.amount });
    return () => toLedgerEntry(written(existing));
  }
  account.balance += input.amount;
  const entry = addEntry({
    context,
    kind,
    balanceDelta: input.amount,
    reservedDelta: 0n,
    holdId: null,
    idempotencyKey: input.idempotencyKey,
    attribution: { userId: input.userId ?? null },
    reason: input.reason ?? null,
    metadata: input.metadata ?? null,
  });
  checkLowBalance({ context, credited: true });
  return () => toLedgerEntry(written(entry));
}
