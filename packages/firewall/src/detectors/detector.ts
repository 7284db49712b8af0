import type { z } from 'zod';
import type { TextViews } from '../normalize/create-text-views.js';
import type { DetectorAction, Policy } from '../policy/policy-schema.js';
import type { FirewallResources } from '../resources.js';
import type { Category, Direction, FindingSource, Severity } from '../verdict.js';

/** What a detector sees of one text. */
export interface DetectorContext<State = unknown> {
  /** The original text; finding offsets index into it. */
  readonly text: string;
  readonly direction: Direction;
  /** Normalized views of `text`, each with a map back to it (see normalize/). */
  readonly views: TextViews;
  /** What `prepare` built from the policy. */
  readonly state: State;
  /** Words of the conversation so far (optional), to recognise them leaving through a URL. */
  readonly conversationTerms: readonly string[];
  readonly systemPrompt: string | undefined;
  /** The request's canary token (createCanary), when the caller planted one in the system prompt. */
  readonly canary?: string | undefined;
  readonly resources: FirewallResources;
}

/** A finding as a detector reports it; the analyzer adds the detector id, the default score and the action. */
export interface DetectorFinding {
  readonly severity: Severity;
  readonly message: string;
  /** Defaults to the detector's category. */
  readonly category?: Category;
  readonly type?: string;
  readonly score?: number;
  readonly start?: number;
  readonly end?: number;
  readonly source?: FindingSource;
  /** Overrides the configured action for this finding (custom regexes carry their own). */
  readonly action?: DetectorAction;
}

/**
 * A detector is a plain object in its own folder, listed in registry.ts. `prepare` runs once per policy (cached with
 * it) to compile what the detector needs from the policy; `detect` runs per text and must not throw for any input.
 *
 * @example
 * export const shoutingDetector = {
 *   id: 'shouting', category: 'custom', directions: ['input'], description: 'all-caps messages',
 *   detect: ({ text }) => (text.length > 20 && text === text.toUpperCase()
 *     ? [{ severity: 'low', message: 'message is all caps' }] : []),
 * } satisfies Detector;
 */
export interface Detector<State = unknown> {
  readonly id: string;
  readonly category: Category;
  /** Where it runs unless the policy says otherwise. */
  readonly directions: readonly Direction[];
  readonly description: string;
  /** Validates the detector's `options` in a policy. */
  readonly optionsSchema?: z.ZodType;
  prepare?(args: { options: unknown; policy: Policy }): State;
  detect(ctx: DetectorContext<State>): DetectorFinding[];
}
