import { createOutputScanner, type Finding, type OutputScannerOptions } from '@sigmacode/firewall';

/**
 * One run of the output scanner over a stretch of streamed text (a step of an answer): `write` feeds text and returns
 * what the scanner has released, `end` releases the held tail; a block is thrown as CONTENT_BLOCKED.
 *
 * @example
 * const segment = new ScannedSegment({ policy }); send(await segment.write(delta)); send(await segment.end())
 */
export class ScannedSegment {
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
