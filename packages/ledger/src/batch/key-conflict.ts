import { AppError } from '@sigmacode/core';
import { toWireAmount } from '../validate-input.js';
import type { EntryDraft } from './batch-state.js';

/** IDEMPOTENCY_CONFLICT for a credit or debit whose key already names a different entry. */
export function keyConflict({ existing, requested }: { existing: EntryDraft; requested: bigint }): AppError {
  return new AppError('IDEMPOTENCY_CONFLICT', {
    message: 'This idempotency key was already used for a different ledger entry.',
    details: {
      kind: existing.kind,
      balanceDelta: toWireAmount(existing.balanceDelta),
      requested: toWireAmount(requested),
    },
  });
}
