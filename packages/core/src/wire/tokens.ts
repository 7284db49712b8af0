import { z } from 'zod';

/**
 * Token amounts are whole numbers. Sums can outgrow 2^53 only in theory, so the ledger stores bigint
 * and the wire carries safe integers.
 */
export const TokenAmountSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
export type TokenAmount = z.infer<typeof TokenAmountSchema>;

/** Money in the smallest unit of a currency (cents for USD). */
export const MinorUnitsSchema = z.number().int().nonnegative();
export type MinorUnits = z.infer<typeof MinorUnitsSchema>;
