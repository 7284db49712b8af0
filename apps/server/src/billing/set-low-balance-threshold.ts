import type { Ledger } from '@sigmacode/ledger';
import { toTokenNumber } from './to-token-number.js';

/**
 * Sets (or, with null, turns off) the organization's low-balance warning. Setting it re-arms the warning, so the
 * next spend that leaves fewer tokens available than the threshold notifies again.
 *
 * @example
 * await setLowBalanceThreshold({ ledger, organizationId, threshold: 500 }) // { threshold: 500 }
 */
export async function setLowBalanceThreshold({
  ledger,
  organizationId,
  threshold,
}: {
  ledger: Ledger;
  organizationId: string;
  threshold: number | null;
}): Promise<{ threshold: number | null }> {
  const account = await ledger.setLowBalanceThreshold({
    organizationId,
    threshold: threshold === null ? null : BigInt(threshold),
  });
  return { threshold: account.lowBalanceThreshold === null ? null : toTokenNumber(account.lowBalanceThreshold) };
}
