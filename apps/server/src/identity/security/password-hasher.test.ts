import { describe, expect, it } from 'vitest';
import { passwordHasher } from './password-hasher.js';

describe('passwordHasher', () => {
  it('hashes with argon2id and the OWASP parameters in PHC format', async () => {
    const stored = await passwordHasher.hash('correct horse battery staple');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/);
  });

  it('verifies the password it hashed', async () => {
    const stored = await passwordHasher.hash('correct horse battery staple');
    expect(await passwordHasher.verify({ hash: stored, password: 'correct horse battery staple' })).toBe(true);
  });

  it('rejects a wrong password', async () => {
    const stored = await passwordHasher.hash('correct horse battery staple');
    expect(await passwordHasher.verify({ hash: stored, password: 'correct horse battery stapl' })).toBe(false);
  });

  it('salts every hash, so two hashes of the same password differ', async () => {
    const [first, second] = await Promise.all([
      passwordHasher.hash('same password'),
      passwordHasher.hash('same password'),
    ]);
    expect(first).not.toBe(second);
  });

  it('answers false instead of throwing for a malformed hash', async () => {
    for (const stored of ['', 'not-a-hash', '$argon2id$v=19$m=19456,t=2,p=1$broken', '$2b$10$abcdefghijklmnopqrstuv']) {
      await expect(passwordHasher.verify({ hash: stored, password: 'anything' })).resolves.toBe(false);
    }
  });
});
