import { AppError } from '@sigmacode/core';
import { describe, expect, it } from 'vitest';
import { createSecretBox } from './create-secret-box.js';

const SECRET = 'a-server-secret-of-at-least-32-characters!';
const OTHER = 'another-server-secret-of-32-characters-or-more';

function openError(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  return expect.fail('expected the box to refuse');
}

describe('createSecretBox', () => {
  it('round-trips text, including unicode and the empty string', () => {
    const box = createSecretBox(SECRET);
    for (const text of ['sk-proj-abc123', '', 'Schlüssel 🔑', 'x'.repeat(10_000)]) {
      expect(box.open(box.seal(text))).toBe(text);
    }
  });

  it('writes v1.<iv>.<ciphertext+tag> in base64url with a 12-byte IV, different every time', () => {
    const box = createSecretBox(SECRET);
    const first = box.seal('same');
    const second = box.seal('same');
    expect(first).not.toBe(second);
    const [version, iv, body] = first.split('.');
    expect(version).toBe('v1');
    expect(Buffer.from(iv ?? '', 'base64url')).toHaveLength(12);
    expect(Buffer.from(body ?? '', 'base64url')).toHaveLength('same'.length + 16);
    expect(first).toMatch(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(first).not.toContain('same');
  });

  it('opens with another box built from the same secret (a restarted server)', () => {
    expect(createSecretBox(SECRET).open(createSecretBox(SECRET).seal('persisted'))).toBe('persisted');
  });

  it('refuses to open with a wrong secret', () => {
    const sealed = createSecretBox(SECRET).seal('sk-123');
    const error = openError(() => createSecretBox(OTHER).open(sealed));
    expect(error.code).toBe('INTERNAL');
    expect(error.details).toEqual({ reason: 'authentication_failed' });
  });

  it('detects tampering with the IV, the ciphertext, the tag or the version', () => {
    const box = createSecretBox(SECRET);
    const sealed = box.seal('sk-123');
    const [, iv = '', body = ''] = sealed.split('.');
    const flip = (text: string, at: number) => {
      const bytes = Buffer.from(text, 'base64url');
      bytes[at] = (bytes[at] ?? 0) ^ 1;
      return bytes.toString('base64url');
    };
    for (const tampered of [
      `v1.${flip(iv, 0)}.${body}`,
      `v1.${iv}.${flip(body, 0)}`,
      `v1.${iv}.${flip(body, Buffer.from(body, 'base64url').length - 1)}`,
    ]) {
      expect(openError(() => box.open(tampered)).details).toEqual({ reason: 'authentication_failed' });
    }
    expect(openError(() => box.open(`v2.${iv}.${body}`)).details).toEqual({ reason: 'malformed' });
  });

  it('refuses malformed values', () => {
    const box = createSecretBox(SECRET);
    for (const value of [
      '',
      'sk-plain-key',
      'v1..',
      'v1.abc',
      'v1.a+b/.cd',
      'v1.AAAA.AAAA',
      `v1.${'A'.repeat(16)}.AAAA.x`,
    ]) {
      expect(openError(() => box.open(value)).code, value).toBe('INTERNAL');
    }
  });

  it('needs a secret of at least 32 characters', () => {
    expect(openError(() => createSecretBox('short')).code).toBe('VALIDATION_FAILED');
  });
});
