import { describe, expect, it } from 'vitest';
import { auditPublicKeyFrom, deriveAuditSigningKey, verifyAuditSignature } from './audit-signing-key.js';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';

describe('the checkpoint signing key', () => {
  it('derives the same key from the same secret, and another from another secret', () => {
    const first = deriveAuditSigningKey({ secret: SECRET });
    expect(deriveAuditSigningKey({ secret: SECRET }).publicKey).toBe(first.publicKey);
    expect(deriveAuditSigningKey({ secret: `${SECRET}!` }).publicKey).not.toBe(first.publicKey);
    expect(first.keyId).toMatch(/^ed25519:[0-9a-f]{16}$/);
    expect(Buffer.from(first.publicKey, 'base64')).toHaveLength(32);
  });

  it('signs so that only the matching public key verifies, and only the same message', () => {
    const signer = deriveAuditSigningKey({ secret: SECRET });
    const signature = signer.sign('hello');
    const published = auditPublicKeyFrom(signer.publicKey);
    expect(published.keyId).toBe(signer.keyId);
    expect(verifyAuditSignature({ key: published, message: 'hello', signature })).toBe(true);
    expect(verifyAuditSignature({ key: published, message: 'hello!', signature })).toBe(false);
    const other = deriveAuditSigningKey({ secret: `${SECRET}!` });
    expect(verifyAuditSignature({ key: other, message: 'hello', signature })).toBe(false);
    expect(verifyAuditSignature({ key: published, message: 'hello', signature: 'not base64 at all' })).toBe(false);
  });
});
