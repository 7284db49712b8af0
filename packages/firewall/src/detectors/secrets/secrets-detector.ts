import { z } from 'zod';
import { type MappedText, toOriginalRange } from '../../normalize/mapped-text.js';
import type { FindingSource } from '../../verdict.js';
import type { Detector, DetectorFinding } from '../detector.js';
import { detectAssignments } from './detect-assignments.js';
import { detectConnectionStrings } from './detect-connection-strings.js';
import { detectGitleaksSecrets } from './detect-gitleaks-secrets.js';
import { detectPrivateKeys } from './detect-private-keys.js';
import type { SecretCandidate } from './secret-candidate.js';

const SecretsOptionsSchema = z
  .object({
    /** Rule ids to ignore (gitleaks ids, or private-key, connection-string, assignment, authorization-header). */
    disabledRules: z.array(z.string()).default([]),
    /** Also search decoded payloads (base64, hex…). */
    payloads: z.boolean().default(true),
  })
  .strict();

interface SecretsState {
  options: z.output<typeof SecretsOptionsSchema>;
  disabled: ReadonlySet<string>;
}

const SEVERITY_RANK = { low: 0, medium: 1, high: 2, critical: 3 } as const;

function findCandidates(text: string): SecretCandidate[] {
  // Specific rules first: on overlap the earlier, more specific finding wins.
  return [
    ...detectPrivateKeys(text),
    ...detectGitleaksSecrets(text),
    ...detectConnectionStrings(text),
    ...detectAssignments(text),
  ];
}

function toFindings({
  view,
  source,
  disabled,
}: {
  view: MappedText;
  source: FindingSource;
  disabled: ReadonlySet<string>;
}): DetectorFinding[] {
  const kept: SecretCandidate[] = [];
  const candidates = findCandidates(view.text).filter((candidate) => !disabled.has(candidate.type));
  // Stable sort by severity keeps rule order among equals.
  candidates.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  for (const candidate of candidates) {
    if (kept.some((other) => candidate.start < other.end && other.start < candidate.end)) continue;
    kept.push(candidate);
  }
  return kept.map((candidate) => ({
    ...toOriginalRange({ view, start: candidate.start, end: candidate.end }),
    severity: candidate.severity,
    type: candidate.type,
    message: candidate.message,
    source,
  }));
}

/**
 * Credentials: 214 provider rules translated from gitleaks (AWS, GCP, Azure, GitHub, GitLab, Slack, Stripe, OpenAI,
 * Anthropic, JWTs, …; see gitleaks-rules.generated.ts), PEM private keys (also without their END line), passwords in
 * connection strings, and values assigned to secret-looking names with enough entropy. Placeholders and examples are
 * never reported (is-placeholder.ts). Runs on the normalized text, so zero-width characters or fullwidth letters
 * inside a key do not hide it, and on decoded payloads.
 *
 * @example parsePolicy({ version: 1, detectors: { secrets: { action: 'block', options: { disabledRules: ['jwt'] } } } })
 */
export const secretsDetector = {
  id: 'secrets',
  category: 'secret',
  directions: ['input', 'output', 'context'],
  description: 'API keys, tokens, private keys, passwords',
  optionsSchema: SecretsOptionsSchema,
  prepare({ options }) {
    const parsed = SecretsOptionsSchema.parse(options ?? {});
    return { options: parsed, disabled: new Set(parsed.disabledRules) };
  },
  detect({ views, state }) {
    const findings = toFindings({ view: views.clean, source: 'text', disabled: state.disabled });
    if (state.options.payloads) {
      for (const payload of views.payloads) {
        findings.push(...toFindings({ view: payload.view, source: payload.encoding, disabled: state.disabled }));
      }
    }
    return findings;
  },
} satisfies Detector<SecretsState>;
