import { createTextScanner, type Finding, type OutputScannerOptions, type TextScanner } from '@sigmacode/firewall';

/**
 * One run of the output scanner over a stretch of streamed text (a step of an answer): `write` feeds text and returns
 * what the scanner has released, `end` releases the held tail; a block is thrown as CONTENT_BLOCKED. Synchronous: the
 * scanner runs without a web stream around it.
 *
 * @example
 * const segment = new ScannedSegment({ policy }); send(segment.write(delta)); send(segment.end())
 */
export class ScannedSegment {
  private readonly scanner: TextScanner;

  constructor(options: OutputScannerOptions) {
    this.scanner = createTextScanner(options);
  }

  /** Feeds model text; returns what the scanner has released so far. */
  write(text: string): string {
    return this.scanner.push(text);
  }

  /** Ends the segment: the held tail is scanned and released (or the block is thrown). */
  end(): string {
    return this.scanner.end();
  }

  /** Findings so far (all of them once ended). */
  findings(): readonly Finding[] {
    return this.scanner.summary().findings;
  }
}
