import { AppError } from '@sigmacode/core';

/**
 * A bigint token amount as a JSON number. The ledger counts in bigint so sums can never overflow; the wire carries
 * safe integers, and an amount beyond 2^53 − 1 is refused loudly rather than rounded.
 *
 * @example
 * toTokenNumber(10_000n) // 10000
 */
export function toTokenNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new AppError('INTERNAL', { message: 'A token amount is too large to send as a JSON number.' });
  }
  return Number(value);
}
