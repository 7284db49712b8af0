import { AppError } from '@sigmacode/core';

/** The largest value a PostgreSQL bigint holds; larger amounts would fail in the database instead of here. */
export const MAX_AMOUNT = 9_223_372_036_854_775_807n;

const MAX_KEY_LENGTH = 255;

/**
 * Prefixes of the idempotency keys the ledger derives for hold entries (`hold:<holdId>`, ...). Caller keys may not
 * use them, so a credit can never take the key a future settle of some hold needs.
 */
const RESERVED_KEY_PREFIXES = ['hold:', 'settle:', 'void:', 'expiry:'] as const;

function invalid({ message, details }: { message: string; details?: Record<string, unknown> }): AppError {
  return new AppError('VALIDATION_FAILED', { message, ...(details && { details }) });
}

/**
 * Refuses anything but a bigint in `min..MAX_AMOUNT`. The ledger takes bigint only: a number would silently lose
 * precision above 2^53, so it is a programming error, reported as VALIDATION_FAILED like any bad input.
 *
 * @example
 * assertAmount({ value: input.amount, name: 'amount', min: 1n })
 */
export function assertAmount({ value, name, min }: { value: unknown; name: string; min: bigint }): void {
  if (typeof value !== 'bigint') throw invalid({ message: `${name} must be a bigint.` });
  if (value < min || value > MAX_AMOUNT) {
    throw invalid({
      message: `${name} must be between ${min} and ${MAX_AMOUNT}.`,
      details: { [name]: toWireAmount(value) },
    });
  }
}

/**
 * Idempotency keys are non-empty strings of at most 255 characters. `callerKey` also refuses the prefixes the
 * ledger keeps for the entries it derives from holds.
 *
 * @example
 * assertIdempotencyKey({ value: input.idempotencyKey, callerKey: true })
 */
export function assertIdempotencyKey({ value, callerKey }: { value: unknown; callerKey: boolean }): void {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_KEY_LENGTH) {
    throw invalid({ message: `idempotencyKey must be a string of 1 to ${MAX_KEY_LENGTH} characters.` });
  }
  if (callerKey && RESERVED_KEY_PREFIXES.some((prefix) => value.startsWith(prefix))) {
    throw invalid({
      message: `idempotencyKey may not start with ${RESERVED_KEY_PREFIXES.join(', ')}: the ledger uses those.`,
    });
  }
}

/** Identifiers (organization, user, hold) are non-empty strings. */
export function assertId({ value, name }: { value: unknown; name: string }): void {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_KEY_LENGTH) {
    throw invalid({ message: `${name} must be a non-empty string.` });
  }
}

/** Metadata is stored as jsonb: it must survive JSON.stringify (no bigint, no cycles). */
export function assertMetadata(value: unknown): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'object' || Array.isArray(value)) throw invalid({ message: 'metadata must be an object.' });
  try {
    JSON.stringify(value);
  } catch {
    throw invalid({ message: 'metadata must be JSON-serializable (no bigint values, no cycles).' });
  }
}

/**
 * Amounts in error details travel in JSON bodies, which cannot hold a bigint: a number while it is exact, else a
 * decimal string.
 *
 * @example
 * new AppError('INSUFFICIENT_TOKENS', { details: { available: toWireAmount(available) } })
 */
export function toWireAmount(value: bigint): number | string {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
    ? Number(value)
    : value.toString();
}
