import { z } from 'zod';
import type { Detector } from '../detectors/detector.js';
import { DETECTORS } from '../detectors/registry.js';
import { findBacktrackingRisk } from '../scan/find-backtracking-risk.js';
import { CategorySchema, DirectionSchema, SeveritySchema } from '../verdict.js';

/**
 * What a detector's findings do: `block` the text, `redact` them (`[EMAIL]`), `pseudonymize` them (`<EMAIL_1>`, put back
 * into the answer with the pseudonym vault), or `allow` — report only.
 *
 * @example DetectorActionSchema.parse('pseudonymize')
 */
export const DetectorActionSchema = z.enum(['block', 'redact', 'pseudonymize', 'allow']);
export type DetectorAction = z.infer<typeof DetectorActionSchema>;

/**
 * One detector's settings. `action` applies in every direction unless `directionActions` names another for a
 * direction; `directions` limits where the detector runs at all (default: the detector's own list). Findings scoring
 * below `threshold` are reported but do not act. `options` are the detector's own, validated by its schema.
 *
 * @example { enabled: true, action: 'allow', directionActions: { output: 'redact' } }
 */
export const DetectorConfigSchema = z
  .object({
    enabled: z.boolean().default(true),
    action: DetectorActionSchema.default('allow'),
    directionActions: z.partialRecord(DirectionSchema, DetectorActionSchema).optional(),
    threshold: z.number().min(0).max(1).optional(),
    directions: z.array(DirectionSchema).min(1).optional(),
    options: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();
export type DetectorConfig = z.infer<typeof DetectorConfigSchema>;

const MAX_PATTERN_LENGTH = 1000;

/** A user-supplied pattern must compile, and must not nest unbounded quantifiers (`(a+)+`), which can hang V8. */
const SafePatternSchema = z
  .string()
  .min(1)
  .max(MAX_PATTERN_LENGTH)
  .superRefine((pattern, ctx) => {
    try {
      new RegExp(pattern, 'u');
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `not a valid regular expression: ${(error as Error).message}` });
      return;
    }
    const risk = findBacktrackingRisk(pattern);
    if (risk) ctx.addIssue({ code: 'custom', message: `pattern could backtrack catastrophically (${risk})` });
  });

/**
 * An operator's own pattern. Matches are findings of the `custom-regex` detector with this `action`. Patterns are
 * compiled with the `u` flag plus the given `flags` (`i`, `m`, `s`).
 *
 * @example { id: 'employee-id', pattern: 'EMP-\\d{6}', action: 'redact', category: 'pii' }
 */
export const CustomRegexSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/),
    pattern: SafePatternSchema,
    flags: z
      .string()
      .regex(/^(?!.*(.).*\1)[ims]*$/, 'flags may only be i, m and s, each once')
      .optional(),
    action: DetectorActionSchema,
    category: CategorySchema.default('custom'),
    severity: SeveritySchema.default('medium'),
    message: z.string().max(200).optional(),
  })
  .strict();
export type CustomRegex = z.infer<typeof CustomRegexSchema>;

const KNOWN_DETECTORS = new Map<string, Detector>(
  (DETECTORS as readonly Detector[]).map((detector) => [detector.id, detector]),
);

/**
 * The firewall policy, version 1. Detectors the policy does not mention run as in DEFAULT_POLICY.
 *
 * - `mode`: `enforce` acts on verdicts; `shadow` computes and reports them but lets every text pass unchanged;
 *   `off` runs nothing.
 * - `allowlist.domains`: these domains and their subdomains are never reported by the URL detector.
 * - `allowlist.patterns`: findings lying inside a match of one of these patterns are dropped (e.g. a test card number).
 * - `customRegexes`, `bannedWords` (whole words, case-, diacritic- and obfuscation-insensitive), `maxLength`
 *   (UTF-16 units) feed the detectors of the same names.
 *
 * @example
 * PolicySchema.parse({ version: 1, mode: 'shadow', detectors: { pii: { action: 'redact' } } })
 */
export const PolicySchema = z
  .object({
    version: z.literal(1),
    mode: z.enum(['enforce', 'shadow', 'off']).default('enforce'),
    detectors: z.record(z.string(), DetectorConfigSchema).default({}),
    allowlist: z
      .object({
        domains: z.array(z.string().min(1).max(253)).default([]),
        patterns: z.array(SafePatternSchema).default([]),
      })
      .strict()
      .default({ domains: [], patterns: [] }),
    customRegexes: z.array(CustomRegexSchema).default([]),
    bannedWords: z.array(z.string().trim().min(1).max(200)).default([]),
    maxLength: z.number().int().positive().optional(),
  })
  .strict()
  .superRefine((policy, ctx) => {
    for (const [id, config] of Object.entries(policy.detectors)) {
      const detector = KNOWN_DETECTORS.get(id);
      if (!detector) {
        ctx.addIssue({
          code: 'custom',
          path: ['detectors', id],
          message: `unknown detector "${id}" (known: ${[...KNOWN_DETECTORS.keys()].join(', ')})`,
        });
        continue;
      }
      if (config.options !== undefined && detector.optionsSchema) {
        const parsed = detector.optionsSchema.safeParse(config.options);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) {
            ctx.addIssue({ code: 'custom', path: ['detectors', id, 'options', ...issue.path], message: issue.message });
          }
        }
      }
    }
    const ids = new Set<string>();
    policy.customRegexes.forEach((rule, index) => {
      if (ids.has(rule.id))
        ctx.addIssue({ code: 'custom', path: ['customRegexes', index, 'id'], message: 'duplicate id' });
      ids.add(rule.id);
    });
  });
export type Policy = z.output<typeof PolicySchema>;
export type PolicyInput = z.input<typeof PolicySchema>;
export type PolicyMode = Policy['mode'];
