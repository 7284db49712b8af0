import type { schema } from '@sigmacode/db';
import type { Hold } from './ledger.js';

/**
 * A hold row as the contract's {@link Hold}: a copy, so a caller's object never changes when the row object the
 * batch keeps in memory does.
 *
 * @example
 * const hold = toHold({ row, organizationId: account.organizationId })
 */
export function toHold({ row, organizationId }: { row: schema.HoldRow; organizationId: string }): Hold {
  return {
    id: row.id,
    accountId: row.accountId,
    organizationId,
    amount: row.amount,
    status: row.status,
    settledAmount: row.settledAmount,
    expiresAt: row.expiresAt,
    createdAt: row.createdAt,
    resolvedAt: row.resolvedAt,
  };
}
