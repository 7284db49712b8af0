/**
 * Raised inside a batch transaction when a guarded write touched fewer rows than planned: something changed the
 * account's holds or entries without the account lock. The transaction rolls back and the batch runs again from a
 * fresh read.
 */
export class BatchConflictError extends Error {
  override readonly name = 'BatchConflictError';
}

// serialization_failure, deadlock_detected, lock_not_available, and the connection failures (class 08, plus
// admin/crash shutdown and "cannot connect now") after which a fresh attempt on another connection may succeed.
const RETRYABLE_CODES = new Set(['40001', '40P01', '55P03', '57P01', '57P02', '57P03']);
const RETRYABLE_NODE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT']);

/** The error and its causes, outermost first (Drizzle wraps driver errors in a DrizzleQueryError). */
function causesOf(error: unknown): object[] {
  const chain: object[] = [];
  let current: unknown = error;
  while (chain.length < 5 && typeof current === 'object' && current !== null) {
    chain.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

function codesOf(error: unknown): string[] {
  return causesOf(error)
    .map((link) => (link as { code?: unknown }).code)
    .filter((code): code is string => typeof code === 'string');
}

/**
 * The SQLSTATE of a database error, looking through the wrappers around driver errors.
 *
 * @example
 * if (sqlStateOf(error) === '23503') throw new AppError('NOT_FOUND')
 */
export function sqlStateOf(error: unknown): string | undefined {
  return codesOf(error).find((code) => /^[0-9A-Z]{5}$/.test(code));
}

/**
 * Whether running the same transaction again may succeed: a conflict with another transaction or a lost
 * connection. Safe to retry even after an ambiguous commit, because every ledger write is idempotent.
 *
 * @example
 * if (isRetryable(error) && attempt < maxAttempts) continue
 */
export function isRetryable(error: unknown): boolean {
  if (error instanceof BatchConflictError) return true;
  const state = sqlStateOf(error);
  if (state !== undefined) return RETRYABLE_CODES.has(state) || state.startsWith('08');
  if (codesOf(error).some((code) => RETRYABLE_NODE_CODES.has(code))) return true;
  return causesOf(error).some(
    (link) => link instanceof Error && /Connection terminated|connection (is )?closed/i.test(link.message),
  );
}
