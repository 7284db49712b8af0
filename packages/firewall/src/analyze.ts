import { z } from 'zod';
import { decideVerdict } from './decide-verdict.js';
import { createTextViews } from './normalize/create-text-views.js';
import { compilePolicy } from './policy/compile-policy.js';
import { DEFAULT_POLICY } from './policy/default-policy.js';
import { type Policy, PolicySchema } from './policy/policy-schema.js';
import type { PseudonymVault } from './redact/create-pseudonym-vault.js';
import { DEFAULT_RESOURCES, type FirewallResources } from './resources.js';
import { runDetectors } from './run-detectors.js';
import { type Direction, DirectionSchema, type Verdict } from './verdict.js';

/**
 * What the HTTP service accepts for one check. `conversationTerms` are words of the conversation so far (the
 * URL detector recognises them leaving in a link); `systemPrompt` and `canary` (createCanary's token) feed the
 * system-prompt leakage check of answers.
 *
 * @example AnalyzeInputSchema.parse({ text: 'hello', direction: 'input' })
 */
export const AnalyzeInputSchema = z
  .object({
    text: z.string(),
    direction: DirectionSchema,
    policy: PolicySchema.optional(),
    systemPrompt: z.string().optional(),
    canary: z.string().min(8).max(128).optional(),
    conversationTerms: z.array(z.string().max(200)).max(1000).optional(),
  })
  .strict();
/** @example const input: AnalyzeInput = { text: 'hi', direction: 'input' }; */
export type AnalyzeInput = z.input<typeof AnalyzeInputSchema>;

/**
 * Options of analyzeText/analyze: the serializable fields of AnalyzeInputSchema plus runtime objects.
 *
 * @example { text: prompt, direction: 'input', policy, vault: createPseudonymVault() }
 */
export interface AnalyzeOptions {
  readonly text: string;
  readonly direction: Direction;
  /** A parsed policy (PolicySchema / parsePolicy); default DEFAULT_POLICY. Reuse the object: it is compiled once. */
  readonly policy?: Policy;
  /** The app's system prompt; answers reproducing long runs of it are leakage. */
  readonly systemPrompt?: string;
  /** The token of createCanary() planted in the system prompt; an answer containing it is leakage. */
  readonly canary?: string;
  readonly conversationTerms?: readonly string[];
  /** Where `pseudonymize` findings get their placeholders; pass the same vault to `restore` the answer. */
  readonly vault?: PseudonymVault;
  readonly resources?: FirewallResources;
}

function elapsed(startedAt: number): number {
  return Math.round((performance.now() - startedAt) * 1000) / 1000;
}

/**
 * Checks one text against a policy, synchronously: runs the detectors that apply to the direction (runDetectors) and
 * decides the verdict (decideVerdict) — `block` if any finding blocks, else `redact` with `redactedText` if any
 * finding redacts or pseudonymizes, else `allow`. Findings scoring below their detector's threshold are only
 * reported. A detector that throws blocks the text (fail closed).
 *
 * @example
 * const verdict = analyzeText({ text: 'my key is AKIAZ7VRSQ5TJN2XKQ3P', direction: 'input' });
 * verdict.action // 'redact'
 * verdict.redactedText // 'my key is [SECRET]'
 */
export function analyzeText(options: AnalyzeOptions): Verdict {
  const startedAt = performance.now();
  const { text, direction } = options;
  const policy = options.policy ?? DEFAULT_POLICY;
  if (policy.mode === 'off') {
    return { allowed: true, action: 'allow', score: 0, findings: [], latencyMs: elapsed(startedAt) };
  }
  const detected = runDetectors({
    compiled: compilePolicy(policy),
    text,
    direction,
    views: createTextViews(text),
    conversationTerms: options.conversationTerms ?? [],
    systemPrompt: options.systemPrompt,
    canary: options.canary,
    resources: options.resources ?? DEFAULT_RESOURCES,
  });
  const verdict = decideVerdict({ text, detected, mode: policy.mode, vault: options.vault });
  return { ...verdict, latencyMs: elapsed(startedAt) };
}

/**
 * The asynchronous form of analyzeText — the one to call from request handlers, so detectors that need I/O or a
 * model (the classifier) can join without changing callers.
 *
 * @example const verdict = await analyze({ text: answer, direction: 'output', policy });
 */
export async function analyze(options: AnalyzeOptions): Promise<Verdict> {
  return analyzeText(options);
}
