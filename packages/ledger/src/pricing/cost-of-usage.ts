import { AppError } from '@sigmacode/core';

/** A model's price: platform tokens per 1,000 prompt tokens and per 1,000 completion tokens. */
export interface UsagePrice {
  promptPer1k: bigint;
  completionPer1k: bigint;
}

/**
 * The platform tokens a model call costs, rounded up to a whole token (a call is never free by rounding):
 * ceil((promptTokens × promptPer1k + completionTokens × completionPer1k) / 1000), in integer arithmetic.
 *
 * @example
 * costOfUsage({ promptTokens: 1200, completionTokens: 300, price: { promptPer1k: 2n, completionPer1k: 6n } }) // 5n
 */
export function costOfUsage({
  promptTokens,
  completionTokens,
  price,
}: {
  promptTokens: number | bigint;
  completionTokens: number | bigint;
  price: UsagePrice;
}): bigint {
  const prompt = toCount({ value: promptTokens, name: 'promptTokens' });
  const completion = toCount({ value: completionTokens, name: 'completionTokens' });
  if (price.promptPer1k < 0n || price.completionPer1k < 0n) {
    throw new AppError('VALIDATION_FAILED', { message: 'Prices cannot be negative.' });
  }
  const scaled = prompt * price.promptPer1k + completion * price.completionPer1k;
  return (scaled + 999n) / 1000n;
}

function toCount({ value, name }: { value: number | bigint; name: string }): bigint {
  if (typeof value === 'bigint' && value >= 0n) return value;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return BigInt(value);
  throw new AppError('VALIDATION_FAILED', { message: `${name} must be a non-negative integer.` });
}
