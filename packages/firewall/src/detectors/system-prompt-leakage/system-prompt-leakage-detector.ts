import { z } from 'zod';
import type { Detector, DetectorFinding } from '../detector.js';
import { compactToken } from './compact-text.js';
import { wordsOfFolded } from './extract-words.js';
import { findCanary } from './find-canary.js';
import { type OverlapSettings, type OverlapTracker, trackPromptOverlap } from './track-prompt-overlap.js';

const LeakageOptionsSchema = z
  .object({
    /** Look for the request's canary token (AnalyzeOptions.canary). */
    canary: z.boolean().default(true),
    /** Compare the answer with the request's system prompt (AnalyzeOptions.systemPrompt). */
    overlap: z.boolean().default(true),
    /** Common runs shorter than this many words never count (stock phrases). */
    minRunWords: z.number().int().min(3).max(200).default(8),
    /** Never fire below this many leaked prompt words. */
    minLeakedWords: z.number().int().min(3).max(100_000).default(12),
    /** Fire when the leaked words are at least this share of the prompt … */
    minLeakedShare: z.number().min(0).max(1).default(0.2),
    /** … or at least this many words, whatever the share (long prompts). */
    alwaysLeakedWords: z.number().int().min(3).max(100_000).default(40),
  })
  .strict();

/** The prepared options of the system-prompt-leakage detector. */
export interface LeakageState extends OverlapSettings {
  readonly canary: boolean;
  readonly overlap: boolean;
}

/**
 * The findings for the stretches an overlap tracker saw, once it says the answer leaks — for analyzeText and the
 * stream scanner alike.
 *
 * @example if (tracker.isLeak()) findings.push(...overlapFindings(tracker));
 */
export function overlapFindings(tracker: OverlapTracker): DetectorFinding[] {
  const percent = Math.round(tracker.share * 100);
  return tracker.runs.map((run) => ({
    start: run.start,
    end: run.end,
    severity: 'high',
    type: 'system_prompt_overlap',
    message: `the answer reproduces the system prompt (${tracker.leakedWords} words, ${percent} % of it; this run ${run.words} words)`,
  }));
}

/**
 * System-prompt leakage in answers, two ways: (a) the request's canary token (createCanary) appears in the answer —
 * also spaced out, in other case, with zero-width characters, homoglyphs or encoded (critical; no false alarms, the
 * token is random); (b) the answer reproduces long runs of the system prompt's words (word runs over the folded
 * texts; see OverlapSettings for when it fires). Each reproduced stretch is one finding.
 *
 * @example analyzeText({ text: answer, direction: 'output', systemPrompt, canary: canary.token })
 */
export const systemPromptLeakageDetector = {
  id: 'system-prompt-leakage',
  category: 'system_prompt_leakage',
  directions: ['output'],
  description: 'the canary token or long runs of the system prompt in an answer',
  optionsSchema: LeakageOptionsSchema,
  prepare({ options }) {
    return LeakageOptionsSchema.parse(options ?? {});
  },
  detect({ views, state, systemPrompt, canary }) {
    const findings: DetectorFinding[] = [];
    const token = state.canary && canary ? compactToken(canary) : undefined;
    if (token) {
      for (const hit of findCanary({ views, token })) {
        findings.push({
          ...hit,
          severity: 'critical',
          type: 'canary',
          message: "the answer contains the system prompt's canary token",
        });
      }
    }
    if (state.overlap && systemPrompt) {
      const tracker = trackPromptOverlap({ systemPrompt, settings: state });
      tracker.push(wordsOfFolded(views.folded));
      if (tracker.isLeak()) findings.push(...overlapFindings(tracker));
    }
    return findings;
  },
} satisfies Detector<LeakageState>;
