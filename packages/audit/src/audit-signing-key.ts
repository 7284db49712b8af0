import { createHash, createPrivateKey, createPublicKey, hkdfSync, type KeyObject, sign, verify } from 'node:crypto';

/** DER prefix of a PKCS #8 Ed25519 private key; the 32-byte seed follows (RFC 8410). */
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
/** DER prefix of an SPKI Ed25519 public key; the 32-byte key follows. */
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const HKDF_SALT = 'sigmacode/audit';
const HKDF_INFO = 'checkpoint-signing-key/v1';

/** A public key the verifier trusts, by key id. */
export interface AuditPublicKey {
  /** `ed25519:` + the first 16 hex digits of SHA-256 over the raw 32-byte key. */
  keyId: string;
  /** The raw 32-byte key, base64. */
  publicKey: string;
  key: KeyObject;
}

/** The checkpoint signer: its public half, and a function signing bytes with the private half. */
export interface AuditSigner extends AuditPublicKey {
  sign(message: string): string;
}

/**
 * The Ed25519 key that signs audit checkpoints, derived deterministically from the platform secret
 * (HKDF-SHA-256, salt `sigmacode/audit`, info `checkpoint-signing-key/v1`, 32 bytes as the seed). Every instance with
 * the same SIGMACODE_SECRET signs with the same key; changing the secret changes the key (keep the old public key
 * to verify older checkpoints, see auditPublicKeyFrom).
 *
 * @example
 * const signer = deriveAuditSigningKey({ secret: config.secret })
 * console.log(signer.keyId, signer.publicKey)
 */
export function deriveAuditSigningKey({ secret }: { secret: string }): AuditSigner {
  if (secret.length < 16) throw new RangeError('deriveAuditSigningKey: the secret is too short');
  const seed = Buffer.from(hkdfSync('sha256', secret, HKDF_SALT, HKDF_INFO, 32));
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  const publicKey = createPublicKey(privateKey);
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(SPKI_ED25519_PREFIX.length);
  return {
    ...describe(raw, publicKey),
    sign: (message) => sign(null, Buffer.from(message, 'utf8'), privateKey).toString('base64'),
  };
}

/**
 * A trusted public key from its base64 form (as printed by `npm run cli -- audit public-key`), e.g. the key of a
 * previous secret after rotation.
 *
 * @example
 * const previous = auditPublicKeyFrom('f3V…=')
 */
export function auditPublicKeyFrom(base64: string): AuditPublicKey {
  const raw = Buffer.from(base64, 'base64');
  if (raw.length !== 32) throw new RangeError('auditPublicKeyFrom: an Ed25519 public key has 32 bytes');
  const key = createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, raw]), format: 'der', type: 'spki' });
  return describe(raw, key);
}

/** Whether `signature` (base64) is key's signature of message. */
export function verifyAuditSignature({
  key,
  message,
  signature,
}: {
  key: AuditPublicKey;
  message: string;
  signature: string;
}): boolean {
  try {
    return verify(null, Buffer.from(message, 'utf8'), key.key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

function describe(raw: Buffer, key: KeyObject): AuditPublicKey {
  const keyId = `ed25519:${createHash('sha256').update(raw).digest('hex').slice(0, 16)}`;
  return { keyId, publicKey: raw.toString('base64'), key };
}
