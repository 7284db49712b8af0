import { AppError } from '@sigmacode/core';
import type { schema } from '@sigmacode/db';
import { memberKey } from '../load-member-spending.js';
import { toWireAmount } from '../validate-input.js';
import type { ApplyContext, MemberSpendingState } from './batch-state.js';

/** The hold of the operation's account, or NOT_FOUND (a hold of another account does not exist for it). */
export function findHold({ context, holdId }: { context: ApplyContext; holdId: string }): schema.HoldRow {
  const { state, account } = context;
  const hold = state.holdsById.get(holdId);
  if (!hold || hold.accountId !== account.id)
    throw new AppError('NOT_FOUND', { message: 'Hold not found.', details: { holdId } });
  return hold;
}

/** The cap and spending of the hold's member, when the batch loaded them (a capped member holding in it). */
export function spendingOf({
  context,
  hold,
}: {
  context: ApplyContext;
  hold: schema.HoldRow;
}): MemberSpendingState | undefined {
  const { state, account } = context;
  return hold.userId ? state.spending.get(memberKey({ accountId: account.id, userId: hold.userId })) : undefined;
}

/** Moves an active hold to its final status, now; an older hold is then written back with an UPDATE. */
export function resolveHold({
  context: { plan, now },
  hold,
  status,
  settledAmount,
}: {
  context: ApplyContext;
  hold: schema.HoldRow;
  status: 'settled' | 'voided' | 'expired';
  settledAmount: bigint | null;
}): void {
  hold.status = status;
  hold.settledAmount = settledAmount;
  hold.resolvedAt = now;
  // A hold created in this batch is inserted in its final state; only older ones need an UPDATE.
  if (!plan.newHolds.has(hold.id)) plan.changedHolds.set(hold.id, hold);
}

/** CONFLICT for a hold that is resolved otherwise than asked. */
export function resolvedConflict({ hold, wanted }: { hold: schema.HoldRow; wanted: string }): AppError {
  return new AppError('CONFLICT', {
    message: `The hold is already ${hold.status} and cannot be ${wanted}.`,
    details: {
      holdId: hold.id,
      status: hold.status,
      ...(hold.settledAmount !== null && { settledAmount: toWireAmount(hold.settledAmount) }),
    },
  });
}
