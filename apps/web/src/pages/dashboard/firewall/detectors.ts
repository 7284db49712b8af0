import type { DetectorAction, FirewallMode } from '../../../api/firewall-schemas';
import type { BadgeTone } from '../../../components/ui';

/** The detectors the cockpit knows by name, in the order it shows them; others are shown by their id. */
export const KNOWN_DETECTORS = [
  'injection',
  'pii',
  'secrets',
  'urls',
  'invisible-text',
  'banned-words',
  'custom-regex',
  'max-length',
  'system-prompt-leakage',
] as const;
export type KnownDetector = (typeof KNOWN_DETECTORS)[number];

export function isKnownDetector(id: string): id is KnownDetector {
  return (KNOWN_DETECTORS as readonly string[]).includes(id);
}

/**
 * The detector ids of a policy in display order: known ones first, then any the dashboard does not know yet.
 *
 * @example
 * orderDetectors(['pii', 'zeta', 'injection']) // ['injection', 'pii', 'zeta']
 */
export function orderDetectors(ids: readonly string[]): string[] {
  const known = KNOWN_DETECTORS.filter((id) => ids.includes(id));
  const unknown = ids.filter((id) => !isKnownDetector(id)).sort();
  return [...known, ...unknown];
}

/** Badge colours of what happened to a text. */
export const ACTION_TONES: Record<DetectorAction, BadgeTone> = {
  block: 'bad',
  redact: 'warn',
  pseudonymize: 'warn',
  allow: 'neutral',
};

/** Chart colours of the actions; the same hues as the badges, readable on light and dark backgrounds. */
export const ACTION_COLORS: Record<string, string> = {
  block: '#dc2626',
  redact: '#d97706',
  pseudonymize: '#ca8a04',
  allow: '#71717a',
};

export const MODE_TONES: Record<FirewallMode, BadgeTone> = { enforce: 'good', shadow: 'warn', off: 'bad' };
