import { AppError } from '@sigmacode/core';
import { dictionary } from '@zxcvbn-ts/language-common';

const MIN_LENGTH = 10;
const MAX_LENGTH = 128;

/**
 * What people append to a common password to pass a length rule ("password123", "dragon2024!"): a run of at most six
 * non-letters ending the password. A longer run is not "padding" any more, so it does not count.
 */
const TAIL = /(?<=\p{L})\P{L}{1,6}$/u;

/** Leetspeak substitutions people use to "disguise" a common word ("p@ssw0rd"). */
const LEET: Record<string, string> = {
  '@': 'a',
  '4': 'a',
  '8': 'b',
  '3': 'e',
  '1': 'i',
  '!': 'i',
  '0': 'o',
  $: 's',
  '5': 's',
  '7': 't',
};

let common: Set<string> | undefined;

/**
 * The zxcvbn list of ~49k leaked passwords, lowercased, built once on first use (a few ms, a few MB). It keeps the
 * short entries too: they are the stems of the padded variants {@link isCommon} recognises.
 */
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common'].map((entry) => entry.toLowerCase()));
  return common;
}

function unleet(word: string): string {
  return word.replace(/[@483105!$7]/g, (char) => LEET[char] ?? char);
}

/**
 * True for a leaked password and its obvious variants: any capitalisation, leetspeak ("P@ssw0rd12345"), and a
 * leaked word padded with up to six digits or symbols ("monkey2024!", "sunshine123456"). Deriving the variants at
 * lookup instead of listing them keeps the set at the list's size while still covering years and keyboard runs.
 */
function isCommon(password: string): boolean {
  const list = commonPasswords();
  const lower = password.toLowerCase();
  if (list.has(lower) || list.has(unleet(lower))) return true;
  const stem = lower.replace(TAIL, '');
  if (stem === lower || stem.length < 4) return false;
  return list.has(stem) || list.has(unleet(stem));
}

function refuse(message: string): never {
  throw new AppError('VALIDATION_FAILED', { message, details: { issues: [{ path: 'password', message }] } });
}

/**
 * The platform's password rules (NIST SP 800-63B): 10 to 128 characters, not a leaked or common password, and not
 * the account's own e-mail address, its local part or the user's name. No composition rules: length and a
 * blocklist stop guessing better than "one digit, one symbol". Throws VALIDATION_FAILED naming the `password` field.
 *
 * @example
 * checkPasswordPolicy({ password: 'maple orbit lantern quietly', email: 'ada@example.com', name: 'Ada' })
 */
export function checkPasswordPolicy({
  password,
  email,
  name,
}: {
  password: string;
  email?: string;
  name?: string;
}): void {
  // Counted in code points, so an emoji or an accented letter counts as one character, as people expect.
  const length = [...password].length;
  if (length < MIN_LENGTH)
    refuse(`Choose a password of at least ${MIN_LENGTH} characters; a few unrelated words work well.`);
  if (length > MAX_LENGTH) refuse(`Choose a password of at most ${MAX_LENGTH} characters.`);

  const lower = password.trim().toLowerCase();
  const personal = [email, email?.split('@')[0], name]
    .map((value) => value?.trim().toLowerCase())
    .filter((value): value is string => Boolean(value));
  if (personal.includes(lower)) {
    refuse('Your password must not be your e-mail address or your name. Choose something others cannot guess.');
  }

  if (isCommon(password)) {
    refuse(
      'This password is too common: it appears in lists of leaked passwords that attackers try first. Choose another one, for example a few unrelated words.',
    );
  }
}
