import type { ApplyContext } from './batch-state.js';

/**
 * Raises the low-balance event when available is below the threshold and it has not been raised since the
 * balance last recovered; only a credit re-arms it, so holds coming and going around the threshold stay quiet.
 *
 * @example
 * checkLowBalance({ context, credited: false })
 */
export function checkLowBalance({ context, credited }: { context: ApplyContext; credited: boolean }): void {
  const { plan, now, account } = context;
  const threshold = account.lowBalanceThreshold;
  if (threshold === null) return;
  const available = account.balance - account.reserved;
  if (available >= threshold) {
    if (credited) account.lowBalanceNotifiedAt = null;
    return;
  }
  if (account.lowBalanceNotifiedAt !== null) return;
  account.lowBalanceNotifiedAt = now;
  plan.lowBalanceEvents.push({ organizationId: account.organizationId, available, threshold });
}
