import { AppError, isAppError } from '@sigmacode/core';

export const DEFAULT_PING_TIMEOUT_MS = 2_000;

/**
 * Runs `select 1` through `query`, bounded by timeoutMs. Every failure becomes an `UNAVAILABLE` AppError
 * (503), so a readiness route can surface it without knowing which driver failed or how.
 */
export async function pingDatabase({
  query,
  isClosed,
  timeoutMs = DEFAULT_PING_TIMEOUT_MS,
}: {
  query: (text: string) => Promise<unknown>;
  isClosed: () => boolean;
  timeoutMs?: number | undefined;
}): Promise<void> {
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new RangeError(`ping timeoutMs must be a positive number, got ${timeoutMs}.`);
  }
  if (isClosed()) throw new AppError('UNAVAILABLE', { message: 'The database connection is closed.' });

  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new AppError('UNAVAILABLE', { message: `The database did not answer within ${timeoutMs} ms.` })),
      timeoutMs,
    );
  });
  try {
    // The query is not cancelled on timeout: the pool's connectionTimeoutMillis bounds how long it lingers.
    await Promise.race([Promise.resolve().then(() => query('select 1')), timeout]);
  } catch (error) {
    if (isAppError(error)) throw error;
    throw new AppError('UNAVAILABLE', { message: 'The database is unreachable.', cause: error });
  } finally {
    clearTimeout(timer);
  }
}
