import { AppError } from '@sigmacode/core';
import type { DebitInput, DebitResult } from '../ledger.js';
import { toLedgerEntry } from '../to-ledger-entry.js';
import { toWireAmount } from '../validate-input.js';
import { addEntry } from './add-entry.js';
import { type ApplyContext, keyOf, written } from './batch-state.js';
import { checkLowBalance } from './check-low-balance.js';
import { keyConflict } from './key-conflict.js';

/**
 * Takes tokens back, never more than is available; with `allowPartial`, what is available.
 *
 * @example
 * const answer = applyDebit({ context, input })
 */
export function applyDebit({ context, input }: { context: ApplyContext; input: DebitInput }): () => DebitResult {
  const { state, account } = context;
  const kind = input.kind ?? 'adjustment';
  const existing = state.entriesByKey.get(keyOf({ accountId: account.id, idempotencyKey: input.idempotencyKey }));
  if (existing) {
    const debited = -existing.balanceDelta;
    // The entry records what was taken, not what was asked; a partial debit's retry asks for at least as much.
    const matches = debited === input.amount || (input.allowPartial === true && debited < input.amount);
    if (existing.kind !== kind || existing.reservedDelta !== 0n || debited < 0n || !matches) {
      throw keyConflict({ existing, requested: input.amount });
    }
    return () => ({ entry: toLedgerEntry(written(existing)), debited, shortfall: input.amount - debited });
  }

  const available = account.balance - account.reserved;
  if (available < input.amount && !input.allowPartial) {
    throw new AppError('INSUFFICIENT_TOKENS', {
      message: 'The organization does not have that many tokens available to take back.',
      details: { available: toWireAmount(available), requested: toWireAmount(input.amount) },
    });
  }
  // Even when nothing is available the entry is written (delta 0): it records the shortfall, and a retry with the
  // same key must get the same answer rather than take tokens credited in between.
  const debited = available < input.amount ? available : input.amount;
  account.balance -= debited;
  const entry = addEntry({
    context,
    kind,
    balanceDelta: -debited,
    reservedDelta: 0n,
    holdId: null,
    idempotencyKey: input.idempotencyKey,
    attribution: { userId: input.userId ?? null },
    reason: input.reason ?? null,
    metadata: input.metadata ?? null,
  });
  checkLowBalance({ context, credited: false });
  return () => ({ entry: toLedgerEntry(written(entry)), debited, shortfall: input.amount - debited });
}
