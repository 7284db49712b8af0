import { describe, expect, it } from 'vitest';
import { AppError, ERROR_CODES, isAppError, statusOf } from '../index.js';

describe('AppError', () => {
  it('takes its HTTP status from the code table', () => {
    const error = new AppError('INSUFFICIENT_TOKENS', { details: { available: 3 } });
    expect(error.status).toBe(402);
    expect(error.code).toBe('INSUFFICIENT_TOKENS');
    expect(error.details).toEqual({ available: 3 });
    expect(error.message).toMatch(/enough tokens/);
    expect(isAppError(error)).toBe(true);
  });

  it('maps every code to a 4xx or 5xx status', () => {
    for (const code of Object.keys(ERROR_CODES) as (keyof typeof ERROR_CODES)[]) {
      const status = statusOf(code);
      expect(status >= 400 && status < 600, `${code} → ${status}`).toBe(true);
    }
  });

  it('maps the codes the pipeline relies on to their documented statuses', () => {
    expect(statusOf('CONTENT_BLOCKED')).toBe(403);
    expect(statusOf('RATE_LIMITED')).toBe(429);
    expect(statusOf('UNAUTHENTICATED')).toBe(401);
    expect(statusOf('NOT_FOUND')).toBe(404);
  });
});
