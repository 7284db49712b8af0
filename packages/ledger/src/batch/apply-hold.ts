import { AppError, newId } from '@sigmacode/core';
import type { schema } from '@sigmacode/db';
import type { HoldInput } from '../ledger.js';
import { memberKey } from '../load-member-spending.js';
import { toHold } from '../to-hold.js';
import { toWireAmount } from '../validate-input.js';
import { addEntry } from './add-entry.js';
import { type ApplyContext, keyOf, snapshot } from './batch-state.js';
import { checkLowBalance } from './check-low-balance.js';
import type { OperationResults } from './operation.js';

/**
 * Reserves tokens for a hold, or answers a repeated idempotency key with its hold.
 *
 * @example
 * const answer = applyHold({ context, input })
 */
export function applyHold({
  context,
  input,
}: {
  context: ApplyContext;
  input: HoldInput;
}): () => OperationResults['hold'] {
  const { state, plan, now, account } = context;
  const existing = state.holdsByKey.get(keyOf({ accountId: account.id, idempotencyKey: input.idempotencyKey }));
  if (existing) {
    if (existing.amount !== input.amount) {
      throw new AppError('IDEMPOTENCY_CONFLICT', {
        message: 'This idempotency key was already used for a hold of a different amount.',
        details: { holdId: existing.id, amount: toWireAmount(existing.amount), requested: toWireAmount(input.amount) },
      });
    }
    return snapshot(toHold({ row: existing, organizationId: account.organizationId }));
  }

  const available = account.balance - account.reserved;
  if (available < input.amount) {
    throw new AppError('INSUFFICIENT_TOKENS', {
      details: { available: toWireAmount(available), requested: toWireAmount(input.amount) },
    });
  }
  const spending = input.userId
    ? state.spending.get(memberKey({ accountId: account.id, userId: input.userId }))
    : undefined;
  if (input.userId && spending && spending.used + input.amount > spending.cap) {
    throw new AppError('INSUFFICIENT_TOKENS', {
      message: "This request would exceed the member's monthly token cap.",
      details: {
        reason: 'member_cap',
        userId: input.userId,
        monthlyCap: toWireAmount(spending.cap),
        used: toWireAmount(spending.used),
        requested: toWireAmount(input.amount),
      },
    });
  }

  const hold: schema.HoldRow = {
    id: newId('hold'),
    accountId: account.id,
    amount: input.amount,
    status: 'active',
    settledAmount: null,
    idempotencyKey: input.idempotencyKey,
    expiresAt: new Date(now.getTime() + input.ttlMs),
    userId: input.userId ?? null,
    apiKeyId: input.apiKeyId ?? null,
    appId: input.appId ?? null,
    action: input.action ?? null,
    model: input.model ?? null,
    metadata: input.metadata ?? null,
    createdAt: now,
    resolvedAt: null,
  };
  state.holdsById.set(hold.id, hold);
  state.holdsByKey.set(keyOf({ accountId: account.id, idempotencyKey: hold.idempotencyKey }), hold);
  plan.newHolds.set(hold.id, hold);
  account.reserved += input.amount;
  if (spending) spending.used += input.amount;
  addEntry({
    context,
    kind: 'hold',
    balanceDelta: 0n,
    reservedDelta: input.amount,
    holdId: hold.id,
    idempotencyKey: `hold:${hold.id}`,
    attribution: hold,
    metadata: hold.metadata,
  });
  checkLowBalance({ context, credited: false });
  return snapshot(toHold({ row: hold, organizationId: account.organizationId }));
}
