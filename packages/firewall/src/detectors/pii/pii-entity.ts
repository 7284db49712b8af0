import type { Severity } from '../../verdict.js';

/**
 * The entity types the PII detector knows.
 *
 * @example PII_TYPES.includes('IBAN') // true
 */
export const PII_TYPES = [
  'EMAIL',
  'PHONE',
  'IBAN',
  'CREDIT_CARD',
  'TAX_ID',
  'US_SSN',
  'IP_ADDRESS',
  'DATE_OF_BIRTH',
  'ADDRESS',
  'PERSON',
] as const;
export type PiiType = (typeof PII_TYPES)[number];

/** A PII value found in a searched text (offsets into that text). */
export interface PiiEntity {
  readonly type: PiiType;
  readonly start: number;
  readonly end: number;
}

export const PII_INFO: Readonly<Record<PiiType, { severity: Severity; label: string; priority: number }>> = {
  EMAIL: { severity: 'medium', label: 'e-mail address', priority: 9 },
  IBAN: { severity: 'high', label: 'IBAN (checksum valid)', priority: 8 },
  CREDIT_CARD: { severity: 'high', label: 'payment card number (Luhn valid)', priority: 7 },
  US_SSN: { severity: 'high', label: 'US social security number', priority: 6 },
  TAX_ID: { severity: 'high', label: 'German tax id (Steuer-ID, check digit valid)', priority: 6 },
  IP_ADDRESS: { severity: 'low', label: 'IP address', priority: 5 },
  DATE_OF_BIRTH: { severity: 'medium', label: 'date of birth', priority: 5 },
  ADDRESS: { severity: 'medium', label: 'postal address', priority: 4 },
  PHONE: { severity: 'medium', label: 'phone number', priority: 3 },
  PERSON: { severity: 'medium', label: 'person name', priority: 2 },
};
