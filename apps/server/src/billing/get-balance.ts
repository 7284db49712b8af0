import type { Ledger } from '@sigmacode/ledger';
import { type BalanceBody, BalanceSchema } from './billing-schemas.js';
import { toTokenNumber } from './to-token-number.js';

/**
 * The organization's token balance with its low-balance threshold. The account is created (empty) on first look,
 * so a new organization reads zeros rather than a 404.
 *
 * @example
 * await getBalance({ ledger, organizationId }) // { balance: 1000, reserved: 20, available: 980, lowBalanceThreshold: null }
 */
export async function getBalance({
  ledger,
  organizationId,
}: {
  ledger: Ledger;
  organizationId: string;
}): Promise<BalanceBody> {
  const account = await ledger.ensureAccount({ organizationId });
  const balance = await ledger.getBalance({ organizationId });
  return BalanceSchema.parse({
    balance: toTokenNumber(balance.balance),
    reserved: toTokenNumber(balance.reserved),
    available: toTokenNumber(balance.available),
    lowBalanceThreshold: account.lowBalanceThreshold === null ? null : toTokenNumber(account.lowBalanceThreshold),
  });
}
