import { z } from 'zod';
import { toOriginalRange } from '../../normalize/mapped-text.js';
import type { Detector } from '../detector.js';
import { findPii } from './find-pii.js';
import { PII_INFO, PII_TYPES, type PiiType } from './pii-entity.js';

const PiiOptionsSchema = z
  .object({
    /** Entity types to look for; default all. */
    types: z.array(z.enum(PII_TYPES)).min(1).optional(),
    /** Also report private, loopback and link-local IP addresses (not personal data in most texts). */
    privateIps: z.boolean().default(false),
  })
  .strict();

interface PiiState {
  types: ReadonlySet<PiiType>;
  privateIps: boolean;
}

/**
 * Personal data: e-mail addresses, phone numbers (German, international, North American), IBANs (mod-97), payment
 * cards (Luhn), German tax ids (check digit), US SSNs, IP addresses, dates of birth (after a birth cue), postal
 * addresses (street lines of many countries grown into the whole address) and person names (cues, first names, and
 * wink-nlp's vocabulary and part-of-speech tags in English text). Findings carry the entity type (`EMAIL`, `IBAN`, …), which redaction turns
 * into `[EMAIL]` and pseudonymization into `<EMAIL_1>`. Runs on the normalized text, so fullwidth digits or
 * zero-width characters inside a number do not hide it.
 *
 * @example parsePolicy({ version: 1, detectors: { pii: { action: 'pseudonymize', options: { types: ['EMAIL', 'IBAN'] } } } })
 */
export const piiDetector = {
  id: 'pii',
  category: 'pii',
  directions: ['input', 'output', 'context'],
  description: 'e-mail, phone, IBAN, card, tax id, SSN, IP, date of birth, address, person name',
  optionsSchema: PiiOptionsSchema,
  prepare({ options }) {
    const parsed = PiiOptionsSchema.parse(options ?? {});
    return { types: new Set(parsed.types ?? PII_TYPES), privateIps: parsed.privateIps };
  },
  detect({ views, state }) {
    const view = views.clean;
    return findPii({ text: view.text, types: state.types, privateIps: state.privateIps }).map((entity) => ({
      ...toOriginalRange({ view, start: entity.start, end: entity.end }),
      severity: PII_INFO[entity.type].severity,
      type: entity.type,
      message: PII_INFO[entity.type].label,
    }));
  },
} satisfies Detector<PiiState>;
