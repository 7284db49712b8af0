import { z } from 'zod';

/**
 * Which way a text travels: `input` (the user's prompt), `output` (the model's answer), `context` (documents,
 * search results and tool results put into the model's context — where indirect injections hide).
 *
 * @example DirectionSchema.parse('input') // 'input'
 */
export const DirectionSchema = z.enum(['input', 'output', 'context']);
export type Direction = z.infer<typeof DirectionSchema>;

/** @example SeveritySchema.parse('high') */
export const SeveritySchema = z.enum(['low', 'medium', 'high', 'critical']);
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * What happens to a text: passed unchanged, passed with parts replaced (`redactedText`), or refused.
 *
 * @example VerdictActionSchema.parse('redact')
 */
export const VerdictActionSchema = z.enum(['allow', 'redact', 'block']);
export type VerdictAction = z.infer<typeof VerdictActionSchema>;

/**
 * The kind of risk a finding describes. `prompt_injection` and `jailbreak` belong to the classifier that arrives later;
 * they are listed now so policies, verdicts and stored threat events need no migration when it does.
 *
 * @example CategorySchema.parse('pii')
 */
export const CategorySchema = z.enum([
  'prompt_injection',
  'jailbreak',
  'pii',
  'secret',
  'malicious_url',
  'exfiltration',
  'unicode_smuggling',
  'banned_word',
  'custom',
  'length',
  'system_prompt_leakage',
]);
export type Category = z.infer<typeof CategorySchema>;

/**
 * Where a finding was seen: the text itself, or a payload decoded from it (see normalize/decode-payloads.ts).
 *
 * @example FindingSourceSchema.parse('base64')
 */
export const FindingSourceSchema = z.enum([
  'text',
  'base64',
  'hex',
  'percent',
  'rot13',
  'unicode_tags',
  'variation_selectors',
]);
export type FindingSource = z.infer<typeof FindingSourceSchema>;

/**
 * One thing a detector found. Offsets are UTF-16 indices into the original text (`text.slice(start, end)`), also when
 * the detector looked at a normalized copy; for a decoded payload they cover the encoded segment. A finding never
 * carries the matched value itself, so verdicts can be logged and stored without leaking what they protect.
 *
 * @example
 * { detector: 'pii', category: 'pii', severity: 'medium', type: 'EMAIL', start: 8, end: 24, score: 0.5,
 *   action: 'redact', message: 'e-mail address' }
 */
export const FindingSchema = z.object({
  detector: z.string(),
  category: CategorySchema,
  severity: SeveritySchema,
  /** What exactly: an entity type (`EMAIL`, `IBAN`), a rule id (`aws-access-token`), a URL check (`blocklist`). */
  type: z.string().optional(),
  /** Confidence × harm in 0..1; compared with the detector's `threshold`. Defaults from the severity. */
  score: z.number().min(0).max(1),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  source: FindingSourceSchema.optional(),
  /** What the policy did with this finding (`allow` = reported only). Set by the analyzer. */
  action: VerdictActionSchema,
  message: z.string(),
});
export type Finding = z.infer<typeof FindingSchema>;

/**
 * The firewall's answer for one text.
 *
 * - `allowed`: whether the text may pass (always true in shadow mode).
 * - `action`: what the policy decided — in shadow mode what it *would* have done.
 * - `score`: the highest finding score, 0 when nothing was found.
 * - `redactedText`: the text to pass on instead of the original, present when `action` is `redact` (not in shadow).
 * - `shadow`: present and true when the policy ran in shadow mode.
 *
 * @example
 * const verdict = analyzeText({ text: 'mail me: jane@example.org', direction: 'output' });
 * if (!verdict.allowed) throw new AppError('CONTENT_BLOCKED', { message: 'Blocked by the firewall' });
 * const safe = verdict.redactedText ?? text;
 */
export const VerdictSchema = z.object({
  allowed: z.boolean(),
  action: VerdictActionSchema,
  score: z.number().min(0).max(1),
  findings: z.array(FindingSchema),
  redactedText: z.string().optional(),
  latencyMs: z.number().nonnegative(),
  shadow: z.literal(true).optional(),
});
export type Verdict = z.infer<typeof VerdictSchema>;

/**
 * The default score of a finding of each severity.
 *
 * @example SEVERITY_SCORE.high // 0.75
 */
export const SEVERITY_SCORE = {
  low: 0.25,
  medium: 0.5,
  high: 0.75,
  critical: 1,
} as const satisfies Record<Severity, number>;
