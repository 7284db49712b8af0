import type { LedgerEntryKind } from '@sigmacode/db';
import { type ApplyContext, type EntryDraft, keyOf } from './batch-state.js';

/** An entry's own fields; the account, the afters and the time come from the context. */
export interface EntryFields {
  context: ApplyContext;
  kind: LedgerEntryKind;
  balanceDelta: bigint;
  reservedDelta: bigint;
  holdId: string | null;
  idempotencyKey: string;
  attribution: {
    userId?: string | null;
    apiKeyId?: string | null;
    appId?: string | null;
    action?: string | null;
    model?: string | null;
  };
  reason?: string | null;
  metadata: Record<string, unknown> | null;
}

/**
 * Appends an entry recording the account as it is now (call it after changing the account).
 *
 * @example
 * addEntry({ context, kind: 'void', balanceDelta: 0n, reservedDelta: -hold.amount, holdId: hold.id, ... })
 */
export function addEntry(fields: EntryFields): EntryDraft {
  const { state, plan, now, account } = fields.context;
  const entry: EntryDraft = {
    id: null,
    accountId: account.id,
    kind: fields.kind,
    balanceDelta: fields.balanceDelta,
    reservedDelta: fields.reservedDelta,
    balanceAfter: account.balance,
    reservedAfter: account.reserved,
    holdId: fields.holdId,
    idempotencyKey: fields.idempotencyKey,
    userId: fields.attribution.userId ?? null,
    apiKeyId: fields.attribution.apiKeyId ?? null,
    appId: fields.attribution.appId ?? null,
    action: fields.attribution.action ?? null,
    model: fields.attribution.model ?? null,
    reason: fields.reason ?? null,
    metadata: fields.metadata,
    createdAt: now,
  };
  plan.newEntries.push(entry);
  state.entriesByKey.set(keyOf({ accountId: account.id, idempotencyKey: entry.idempotencyKey }), entry);
  return entry;
}
