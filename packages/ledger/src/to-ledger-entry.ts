import type { schema } from '@sigmacode/db';
import type { LedgerEntry } from './ledger.js';

/**
 * A ledger entry row as the contract's {@link LedgerEntry}; the bigint identity becomes a string id (it is also the
 * `listEntries` cursor).
 *
 * @example
 * const entry = toLedgerEntry(row)
 */
export function toLedgerEntry(row: schema.LedgerEntryRow): LedgerEntry {
  return {
    id: row.id.toString(),
    accountId: row.accountId,
    kind: row.kind,
    balanceDelta: row.balanceDelta,
    reservedDelta: row.reservedDelta,
    balanceAfter: row.balanceAfter,
    reservedAfter: row.reservedAfter,
    holdId: row.holdId,
    idempotencyKey: row.idempotencyKey,
    userId: row.userId,
    apiKeyId: row.apiKeyId,
    appId: row.appId,
    action: row.action,
    model: row.model,
    reason: row.reason,
    metadata: row.metadata,
    createdAt: row.createdAt,
  };
}
