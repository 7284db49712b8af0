import { AppError } from '@sigmacode/core';
import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy } from './check-password-policy.js';

/** The AppError checkPasswordPolicy throws for these options, or undefined when the password passes. */
function refusalOf(options: Parameters<typeof checkPasswordPolicy>[0]): AppError | undefined {
  try {
    checkPasswordPolicy(options);
    return undefined;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

describe('checkPasswordPolicy', () => {
  it('accepts a strong passphrase', () => {
    expect(refusalOf({ password: 'maple orbit lantern quietly', email: 'ada@example.com', name: 'Ada' })).toBe(
      undefined,
    );
    expect(refusalOf({ password: 'Tr0ub4dor&3-horse-Staple' })).toBe(undefined);
  });

  it('refuses a password shorter than 10 characters, naming the password field', () => {
    const error = refusalOf({ password: 'x7#kQ9!mZ' });
    expect(error?.code).toBe('VALIDATION_FAILED');
    expect(error?.status).toBe(400);
    expect(error?.message).toMatch(/at least 10 characters/);
    expect(error?.details).toEqual({ issues: [{ path: 'password', message: error?.message }] });
  });

  it('counts characters, not bytes, so ten emoji are ten characters', () => {
    expect(refusalOf({ password: '🐙🦊🐢🦉🐝🦀🐳🦔🐌🦎' })).toBe(undefined);
    expect(refusalOf({ password: '🐙🦊🐢🦉🐝🦀🐳🦔🐌' })?.message).toMatch(/at least 10/);
  });

  it('refuses a password longer than 128 characters', () => {
    expect(refusalOf({ password: 'lantern '.repeat(16) })).toBe(undefined);
    const error = refusalOf({ password: `${'lantern '.repeat(16)}x` });
    expect(error?.code).toBe('VALIDATION_FAILED');
    expect(error?.message).toMatch(/at most 128 characters/);
  });

  it('refuses a leaked password from the common-password list, in any capitalisation', () => {
    for (const password of ['qwertyuiop', 'QWERTYUIOP', '1q2w3e4r5t', 'Password123', 'basketball']) {
      const error = refusalOf({ password });
      expect(error?.code, password).toBe('VALIDATION_FAILED');
      expect(error?.message, password).toMatch(/too common/);
    }
  });

  it('refuses a common password padded with digits or symbols, or disguised with leetspeak', () => {
    for (const password of ['password2024!', 'Dragon123456', 'P@ssw0rd1234', 'monkey!!2024', 'sunshine_99']) {
      expect(refusalOf({ password })?.message, password).toMatch(/too common/);
    }
  });

  it('does not treat a long random tail after a common word as padding', () => {
    expect(refusalOf({ password: 'dragon8472910563' })).toBe(undefined);
  });

  it('refuses the e-mail address, its local part or the name as the password, ignoring case', () => {
    const account = { email: 'Grace.Hopper@example.com', name: 'Rear Admiral Grace' };
    for (const password of ['grace.hopper@example.com', 'GRACE.HOPPER', 'rear admiral grace']) {
      const error = refusalOf({ password, ...account });
      expect(error?.code, password).toBe('VALIDATION_FAILED');
      expect(error?.message, password).toMatch(/e-mail address or your name/);
    }
  });
});
