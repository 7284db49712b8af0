import type { MessageKey } from '../../i18n';

export type CredentialField = 'name' | 'email' | 'password';
export type CredentialErrors = Partial<Record<CredentialField, { key: MessageKey; values?: Record<string, number> }>>;

// The same shape the server's zod `email()` accepts in practice: something@something.tld, no spaces.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MIN_PASSWORD = 10;
const MAX_PASSWORD = 128;

/**
 * The sign-up rules the server enforces that can be checked without its leaked-password list: a name, a valid
 * e-mail address, a password of 10–128 characters (counted in code points, as the server does) that is not the
 * e-mail address, its local part or the name. The server still has the last word (common passwords).
 *
 * @example
 * validateRegistration({ name: 'Ada', email: 'ada@example.com', password: 'short' }).password?.key
 * // 'auth.invalid.passwordShort'
 */
export function validateRegistration({
  name,
  email,
  password,
}: {
  name: string;
  email: string;
  password: string;
}): CredentialErrors {
  const errors: CredentialErrors = {};
  if (!name.trim()) errors.name = { key: 'auth.invalid.name' };
  if (!EMAIL.test(email.trim())) errors.email = { key: 'auth.invalid.email' };
  const length = [...password].length;
  if (length < MIN_PASSWORD) errors.password = { key: 'auth.invalid.passwordShort', values: { count: length } };
  else if (length > MAX_PASSWORD) errors.password = { key: 'auth.invalid.passwordLong' };
  else {
    const lower = password.trim().toLowerCase();
    const personal = [email, email.split('@')[0], name].map((value) => value?.trim().toLowerCase()).filter(Boolean);
    if (personal.includes(lower)) errors.password = { key: 'auth.invalid.passwordPersonal' };
  }
  return errors;
}

/**
 * Sign-in needs a valid e-mail address and a password; anything else is the server's to judge.
 *
 * @example
 * validateSignIn({ email: 'ada@example.com', password: '' }).password?.key // 'auth.invalid.passwordRequired'
 */
export function validateSignIn({ email, password }: { email: string; password: string }): CredentialErrors {
  const errors: CredentialErrors = {};
  if (!EMAIL.test(email.trim())) errors.email = { key: 'auth.invalid.email' };
  if (!password) errors.password = { key: 'auth.invalid.passwordRequired' };
  return errors;
}
