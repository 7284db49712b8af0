import type { schema } from '@sigmacode/db';
import type { TokenAccount } from './ledger.js';

/**
 * A token account row as the contract's {@link TokenAccount}.
 *
 * @example
 * const account = toTokenAccount(row)
 */
export function toTokenAccount(row: schema.TokenAccountRow): TokenAccount {
  return {
    id: row.id,
    organizationId: row.organizationId,
    balance: row.balance,
    reserved: row.reserved,
    lowBalanceThreshold: row.lowBalanceThreshold,
  };
}
