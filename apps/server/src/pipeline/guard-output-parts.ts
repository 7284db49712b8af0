import { createOutputScanner, type Finding, type OutputScannerOptions } from '@sigmacode/firewall';
import type { TextStreamPart, ToolSet } from 'ai';

type Part = TextStreamPart<ToolSet>;

/** One run of the output scanner over a stretch of text between non-text parts. */
class ScannedSegment {
  private readonly scanner;
  private readonly writer;
  private readonly released: string[] = [];
  private readonly pump: Promise<void>;
  private failure: unknown = null;

  constructor(options: OutputScannerOptions) {
    this.scanner = createOutputScanner(options);
    this.writer = this.scanner.writable.getWriter();
    const reader = this.scanner.readable.getReader();
    this.pump = (async () => {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          this.released.push(value);
        }
      } catch (error) {
        this.failure = error;
      }
    })();
  }

  /** Feeds model text; returns what the scanner has released so far. */
  async write(text: string): Promise<string> {
    if (this.failure) throw this.failure;
    try {
      await this.writer.write(text);
    } catch (error) {
      await this.pump;
      throw this.failure ?? error;
    }
    return this.take();
  }

  /** Ends the segment: the held tail is scanned and released (or the block is thrown). */
  async end(): Promise<string> {
    try {
      await this.writer.close();
    } catch {
      // The readable side carries the reason.
    }
    await this.pump;
    if (this.failure) throw this.failure;
    return this.take();
  }

  abort(reason: unknown): void {
    this.writer.abort(reason).catch(() => {});
  }

  findings(): readonly Finding[] {
    return this.scanner.summary().findings;
  }

  private take(): string {
    if (this.released.length === 0) return '';
    const text = this.released.join('');
    this.released.length = 0;
    return text;
  }
}

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
  const closeSegment = async (): Promise<Part[]> => {
    if (!segment) return [];
    const current = segment;
    segment = null;
    const started = performance.now();
    try {
      return emit(await current.end());
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
        const released = await segment.write(part.text);
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
        yield* await closeSegment();
      }
      yield part;
    }
    yield* await closeSegment();
  } finally {
    const open = segment as ScannedSegment | null;
    if (open) {
      open.abort(new Error('stream ended'));
      report.findings.push(...open.findings());
    }
  }
}
