import type { LedgerEntry } from '@sigmacode/ledger';
import { type LedgerEntryBody, LedgerEntrySchema } from './billing-schemas.js';
import { toTokenNumber } from './to-token-number.js';

/**
 * A ledger entry as the console shows it: amounts as JSON numbers, parsed through the response schema so internal
 * fields (idempotency keys, metadata) never leave.
 *
 * @example
 * const body = toLedgerEntryBody(await ledger.credit({ organizationId, amount: 100n, idempotencyKey }))
 */
export function toLedgerEntryBody(entry: LedgerEntry): LedgerEntryBody {
  return LedgerEntrySchema.parse({
    id: entry.id,
    kind: entry.kind,
    balanceDelta: toTokenNumber(entry.balanceDelta),
    reservedDelta: toTokenNumber(entry.reservedDelta),
    balanceAfter: toTokenNumber(entry.balanceAfter),
    reservedAfter: toTokenNumber(entry.reservedAfter),
    holdId: entry.holdId,
    userId: entry.userId,
    apiKeyId: entry.apiKeyId,
    appId: entry.appId,
    action: entry.action,
    model: entry.model,
    reason: entry.reason,
    createdAt: entry.createdAt.toISOString(),
  });
}
