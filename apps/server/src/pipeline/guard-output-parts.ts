import type { Finding, OutputScannerOptions } from '@sigmacode/firewall';
import type { TextStreamPart, ToolSet } from 'ai';
import { ScannedSegment } from './scanned-segment.js';

type Part = TextStreamPart<ToolSet>;

/** What the guarded stream found, for threat events. */
export interface OutputGuardReport {
  findings: Finding[];
  /** The text as released to the client (after redaction). */
  text: string;
  /** Time spent scanning, ms. */
  scanMs: number;
}

/**
 * The output firewall on an AI SDK part stream: text deltas pass the output scanner (held back, redacted, or the
 * stream ends with CONTENT_BLOCKED), every other part passes as it is — after the text before it was released, so
 * the order is kept. Each stretch of text between other parts (a step) gets its own scanner.
 *
 * @example for await (const part of guardOutputParts({ parts, options: { policy, systemPrompt }, report })) send(part)
 */
export async function* guardOutputParts({
  parts,
  options,
  report,
}: {
  parts: AsyncIterable<Part>;
  options: OutputScannerOptions;
  report: OutputGuardReport;
}): AsyncGenerator<Part> {
  if (options.policy?.mode === 'off') {
    for await (const part of parts) {
      if (part.type === 'text-delta') report.text += part.text;
      yield part;
    }
    return;
  }
  let segment: ScannedSegment | null = null;
  let textId = '0';
  const emit = (text: string): Part[] => {
    if (!text) return [];
    report.text += text;
    return [{ type: 'text-delta', id: textId, text }];
  };
  const closeSegment = (): Part[] => {
    if (!segment) return [];
    const current = segment;
    segment = null;
    const started = performance.now();
    try {
      return emit(current.end());
    } finally {
      report.scanMs += performance.now() - started;
      report.findings.push(...current.findings());
    }
  };
  try {
    for await (const part of parts) {
      if (part.type === 'text-delta') {
        textId = part.id;
        segment ??= new ScannedSegment(options);
        const started = performance.now();
        const released = segment.write(part.text);
        report.scanMs += performance.now() - started;
        yield* emit(released);
        continue;
      }
      if (
        part.type === 'text-end' ||
        part.type === 'tool-input-start' ||
        part.type === 'tool-call' ||
        part.type === 'finish-step' ||
        part.type === 'finish' ||
        part.type === 'error' ||
        part.type === 'abort'
      ) {
        yield* closeSegment();
      }
      yield part;
    }
    yield* closeSegment();
  } finally {
    const open = segment as ScannedSegment | null;
    if (open) report.findings.push(...open.findings());
  }
}
