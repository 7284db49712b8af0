import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { AppError } from '@sigmacode/core';

/** Seals and opens small secrets (provider API keys, MCP headers) for storage. */
export interface SecretBox {
  /** Encrypts with a fresh random IV: sealing the same text twice gives different output. */
  seal(plaintext: string): string;
  /** Decrypts what `seal` produced with the same secret; anything else is an AppError (INTERNAL). */
  open(sealed: string): string;
}

const VERSION = 'v1';
/** Binds the derived key to this use: the same server secret yields unrelated keys for other purposes. */
const PURPOSE = 'sigmacode/engine/credentials/aes-256-gcm/v1';
const SALT = 'sigmacode-secret-box';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const MIN_SECRET_LENGTH = 32;

/**
 * A secret box over AES-256-GCM. The key is derived from the server secret with HKDF-SHA256 (a fixed salt and a
 * purpose label as info); each seal draws a random 12-byte IV. Output: `v1.<iv>.<ciphertext+tag>`, both parts
 * base64url, with the version also authenticated (as associated data), so a later format can be told apart and
 * old values still opened. A wrong secret, a changed byte or a malformed value fails to open as INTERNAL (the data
 * or the configuration is wrong, not the request); a secret shorter than 32 characters is VALIDATION_FAILED.
 *
 * @example
 * const box = createSecretBox(env.SIGMACODE_SECRET)
 * const stored = box.seal(apiKey) // 'v1.…'
 * const apiKeyAgain = box.open(stored)
 */
export function createSecretBox(secret: string): SecretBox {
  if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH) {
    throw new AppError('VALIDATION_FAILED', {
      message: `The secret box needs a secret of at least ${MIN_SECRET_LENGTH} characters.`,
    });
  }
  const key = Buffer.from(hkdfSync('sha256', secret, SALT, PURPOSE, 32));
  const aad = Buffer.from(VERSION);

  return {
    seal(plaintext) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(aad);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return `${VERSION}.${iv.toString('base64url')}.${body.toString('base64url')}`;
    },
    open(sealed) {
      const parts = typeof sealed === 'string' ? sealed.split('.') : [];
      const [version, ivText, bodyText] = parts;
      if (parts.length !== 3 || version !== VERSION || !ivText || !bodyText) throw cannotOpen('malformed');
      const iv = decodeBase64Url(ivText);
      const body = decodeBase64Url(bodyText);
      if (!iv || !body || iv.length !== IV_BYTES || body.length < TAG_BYTES) throw cannotOpen('malformed');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
        decipher.setAAD(aad);
        decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
        return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]).toString(
          'utf8',
        );
      } catch {
        throw cannotOpen('authentication_failed');
      }
    },
  };
}

function decodeBase64Url(text: string): Buffer | undefined {
  return /^[A-Za-z0-9_-]+$/.test(text) ? Buffer.from(text, 'base64url') : undefined;
}

function cannotOpen(reason: 'malformed' | 'authentication_failed'): AppError {
  return new AppError('INTERNAL', {
    message:
      reason === 'malformed'
        ? 'A sealed secret is malformed.'
        : 'A sealed secret could not be opened: wrong secret, or the value was changed.',
    details: { reason },
  });
}
