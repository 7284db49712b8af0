import { AppError } from '@sigmacode/core';
import { z } from 'zod';
import { createTextViews } from '../normalize/create-text-views.js';
import { compilePolicy } from '../policy/compile-policy.js';
import { DEFAULT_POLICY } from '../policy/default-policy.js';
import type { DetectorAction, Policy } from '../policy/policy-schema.js';
import { createPseudonymVault, type PseudonymVault } from '../redact/create-pseudonym-vault.js';
import { labelOf, replacementFor } from '../redact/replacement-for.js';
import { DEFAULT_RESOURCES, type FirewallResources } from '../resources.js';
import { runDetectors } from '../run-detectors.js';
import type { Direction, Finding } from '../verdict.js';
import { buildEmission, type EmissionReplacement } from './build-emission.js';
import { chooseCut, isSeparator, type PendingRange } from './choose-cut.js';
import { createPlaceholderRestorer } from './create-placeholder-restorer.js';
import { resolveStreamRules } from './resolve-stream-rules.js';
import { type StreamSummary, summarizeStream } from './stream-summary.js';
import { trackStreamLength } from './track-stream-length.js';
import { trackStreamOverlap } from './track-stream-overlap.js';

const WindowSettingsSchema = z
  .object({
    holdBack: z
      .number()
      .int()
      .min(0)
      .max(1 << 20),
    scanStep: z
      .number()
      .int()
      .min(1)
      .max(1 << 20),
    lookBehind: z
      .number()
      .int()
      .min(0)
      .max(1 << 16),
    maxHold: z
      .number()
      .int()
      .min(1)
      .max(1 << 24),
  })
  .refine((settings) => settings.maxHold >= settings.holdBack, { message: 'maxHold must be at least holdBack' });

/** @example { policy, systemPrompt, canary: canary.token, vault, onFinding: (finding) => log(finding) } */
export interface OutputScannerOptions {
  /** A parsed policy; default DEFAULT_POLICY. */
  readonly policy?: Policy;
  /** Default `output` (a model's answer). */
  readonly direction?: Direction;
  readonly systemPrompt?: string;
  /** The token of createCanary() planted in the system prompt. */
  readonly canary?: string;
  readonly conversationTerms?: readonly string[];
  /** The request's pseudonym vault: its placeholders in the answer are restored, also when split across chunks. */
  readonly vault?: PseudonymVault;
  readonly resources?: FirewallResources;
  /** Characters always held back so a value still arriving is caught whole (default 256). */
  readonly holdBack?: number;
  /** Scan once this many characters beyond `holdBack` are waiting (default 128); larger = cheaper, burstier. */
  readonly scanStep?: number;
  /** Characters of already released text scanned again as left context (default 64). */
  readonly lookBehind?: number;
  /** Hard bound on held text: a longer unbroken token is cut (default 8192). */
  readonly maxHold?: number;
  /** Called for every finding once it is final (offsets into the whole streamed text). */
  readonly onFinding?: (finding: Finding) => void;
  /** Called once, when the stream ends or is blocked. */
  readonly onVerdict?: (summary: StreamSummary) => void;
}

/** A TransformStream over an answer's text deltas that releases only checked text; `summary()` tells what it found. */
export interface OutputScanner extends TransformStream<string, string> {
  summary(): StreamSummary;
}

/** The last `length` characters of `text`, from their first token start on (a whole token, like the full text). */
function contextTail(text: string, length: number): string {
  if (text.length <= length) return text;
  const tail = text.slice(text.length - length);
  for (let i = 0; i < tail.length; i++) if (isSeparator(tail.charCodeAt(i))) return tail.slice(i + 1);
  return tail;
}

/**
 * Scans a model's answer while it streams. Text is released only once it is final: the last `holdBack` characters
 * (and any token still growing, and any finding still open) are held, so a key, e-mail or IBAN split across chunks is
 * caught whole. Each scan looks at the new text plus the held carry-over and a little released context — never the
 * whole answer — and runs every `scanStep` characters, so the cost per chunk stays small. Checks that need the whole
 * answer so far (maximum length, system-prompt overlap) keep running state instead.
 *
 * - `enforce`: redactions are applied before text leaves; a `block` finding ends the stream with
 *   `AppError('CONTENT_BLOCKED')` carrying the findings in `details.findings`.
 * - `shadow`: every chunk passes at once and unchanged; findings are reported.
 * - `off`: passes everything through.
 *
 * With a `vault`, placeholders (`<EMAIL_1>`) written by the model are restored — also across chunk boundaries — while
 * placeholders the scanner itself creates (output `pseudonymize`) are not.
 *
 * @example
 * const scanner = createOutputScanner({ policy, systemPrompt, canary: canary.token, vault });
 * const safe = modelTextStream.pipeThrough(scanner); // errors with CONTENT_BLOCKED on a block
 * // after the stream: scanner.summary() → { action: 'redact', findings: [...], … }
 */
export function createOutputScanner(options: OutputScannerOptions = {}): OutputScanner {
  const { transformer, summary } = createScannerTransformer(options);
  return Object.assign(new TransformStream<string, string>(transformer), { summary });
}

/** The output scanner's work as a transformer: synchronous, so it can run inside a TransformStream or without one. */
export interface ScannerTransformer {
  transformer: {
    transform(chunk: string, controller: TransformStreamDefaultController<string>): void;
    flush(controller: TransformStreamDefaultController<string>): void;
  };
  summary(): StreamSummary;
}

/**
 * The transformer behind {@link createOutputScanner} (see there for what it does). Its `transform` and `flush` run
 * synchronously: released text goes to `controller.enqueue`, a block to `controller.error`.
 *
 * @example const { transformer, summary } = createScannerTransformer({ policy })
 */
export function createScannerTransformer(options: OutputScannerOptions = {}): ScannerTransformer {
  const policy = options.policy ?? DEFAULT_POLICY;
  const { mode } = policy;
  const direction = options.direction ?? 'output';
  const { holdBack, scanStep, lookBehind, maxHold } = WindowSettingsSchema.parse({
    holdBack: options.holdBack ?? 256,
    scanStep: options.scanStep ?? 128,
    lookBehind: options.lookBehind ?? 64,
    maxHold: options.maxHold ?? 8192,
  });
  const findings: Finding[] = [];
  let complete = false;
  let scanMs = 0;
  let inputCharacters = 0;
  let outputCharacters = 0;
  let verdictSent = false;
  const summary = (): StreamSummary =>
    summarizeStream({ findings, mode, complete, scanMs, inputCharacters, outputCharacters });
  const finish = (): void => {
    complete = true;
    if (verdictSent) return;
    verdictSent = true;
    options.onVerdict?.(summary());
  };

  if (mode === 'off') {
    return {
      transformer: {
        transform(chunk, controller) {
          inputCharacters += chunk.length;
          outputCharacters += chunk.length;
          controller.enqueue(chunk);
        },
        flush: finish,
      },
      summary,
    };
  }

  const enforce = mode === 'enforce';
  const rules = resolveStreamRules({ compiled: compilePolicy(policy), direction, systemPrompt: options.systemPrompt });
  const resources = options.resources ?? DEFAULT_RESOURCES;
  const conversationTerms = options.conversationTerms ?? [];
  const restorer = createPlaceholderRestorer(options.vault);
  let pseudonyms = options.vault;

  let pending = ''; // received, not yet released (enforce) or not yet final (shadow)
  let context = ''; // released text scanned again as left context
  let released = 0; // absolute offset of pending[0]
  let nextScanAt = holdBack + scanStep;
  const overlap = trackStreamOverlap({ rule: rules.overlap, direction });
  const length = trackStreamLength({ rule: rules.maxLength, direction, enforce });
  let blocked = false;
  const reportedWithoutOffsets = new Set<string>();

  const record = (finding: Finding): void => {
    findings.push(finding);
    options.onFinding?.(finding);
  };
  const block = (controller: TransformStreamDefaultController<string>): void => {
    blocked = true;
    controller.error(
      new AppError('CONTENT_BLOCKED', {
        message: 'The answer was blocked by the firewall.',
        details: { findings: summary().findings },
      }),
    );
    finish();
  };

  const replacementOf = (finding: Finding, action: DetectorAction, start: number, end: number) => {
    if (action === 'pseudonymize' && replacementFor(finding) !== '') {
      pseudonyms ??= createPseudonymVault();
      const vault = pseudonyms;
      const label = labelOf(finding);
      const value = pending.slice(start, end);
      return { start, end, text: () => vault.placeholder({ label, value }) };
    }
    return { start, end, text: replacementFor(finding) };
  };

  /** Scans the window (context + pending), records final findings, releases the final prefix. */
  const scan = (controller: TransformStreamDefaultController<string>, final: boolean): void => {
    const startedAt = performance.now();
    const text = context + pending;
    const shift = context.length; // window offset − shift = pending offset
    const detected = runDetectors({
      compiled: rules.windowPolicy,
      text,
      direction,
      views: createTextViews(text),
      conversationTerms,
      systemPrompt: undefined,
      canary: options.canary,
      resources,
    });
    const ranges: PendingRange[] = [];
    for (const finding of detected.findings) {
      if (finding.start !== undefined && finding.end !== undefined) {
        ranges.push({ start: finding.start - shift, end: finding.end - shift });
      }
    }
    const cut = final ? pending.length : chooseCut({ pending, ranges, holdBack, maxHold });
    const replacements: EmissionReplacement[] = [];
    let mustBlock = false;
    for (const finding of detected.findings) {
      if (finding.start === undefined || finding.end === undefined) {
        const key = `${finding.detector}\u0000${finding.type}\u0000${finding.message}`;
        if (reportedWithoutOffsets.has(key)) continue;
        reportedWithoutOffsets.add(key);
        record(finding);
        if (finding.action !== 'allow') mustBlock = true; // block, or a redaction without offsets: fail closed
        continue;
      }
      const start = finding.start - shift;
      const end = finding.end - shift;
      if (end <= 0 || end > cut) continue; // handled with earlier text, or not final yet
      record({ ...finding, start: start + released, end: end + released });
      if (finding.action === 'block') mustBlock = true;
      else if (finding.action === 'redact') {
        replacements.push(replacementOf(finding, detected.modes.get(finding) ?? 'redact', Math.max(0, start), end));
      }
    }
    const copied = overlap.check({ pending, released, cut, final, replacements });
    for (const finding of copied.findings) record(finding);
    if (copied.block) mustBlock = true;
    scanMs += performance.now() - startedAt;
    if (mustBlock && enforce) {
      block(controller);
      return;
    }
    const piece = pending.slice(0, cut);
    if (enforce && cut > 0) {
      const out = buildEmission({ text: piece, replacements, restorer });
      outputCharacters += out.length;
      if (out) controller.enqueue(out);
    }
    context = contextTail(context + piece, lookBehind);
    released += cut;
    pending = pending.slice(cut);
    nextScanAt = Math.max(pending.length, holdBack) + scanStep;
  };

  const transformer: ScannerTransformer['transformer'] = {
    transform(chunk, controller) {
      if (blocked) return;
      inputCharacters += chunk.length;
      if (!enforce) {
        const out = restorer.raw(chunk);
        outputCharacters += out.length;
        if (out) controller.enqueue(out);
      }
      const { keep, block: tooLong, truncated } = length.accept(chunk);
      if (tooLong && enforce) {
        record(tooLong);
        block(controller);
        return;
      }
      pending += keep;
      if (truncated)
        scan(controller, true); // the text ends here: release it all
      else if (pending.length >= nextScanAt) scan(controller, false);
    },
    flush(controller) {
      if (blocked) return;
      scan(controller, true);
      if (blocked) return;
      const tooLong = length.finding();
      if (tooLong) record(tooLong);
      const tail = restorer.flush();
      outputCharacters += tail.length;
      if (tail) controller.enqueue(tail);
      finish();
    },
  };
  return { transformer, summary };
}
