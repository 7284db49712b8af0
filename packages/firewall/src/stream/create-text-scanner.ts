import { createScannerTransformer, type OutputScannerOptions } from './create-output-scanner.js';
import type { StreamSummary } from './stream-summary.js';

/** The output scanner without a stream around it: text in, checked text out, synchronously. */
export interface TextScanner {
  /** Feeds text; returns what is now released (maybe ''). Throws CONTENT_BLOCKED on a block, and after one. */
  push(text: string): string;
  /** Ends the text: the held tail is scanned and released (or the block is thrown). */
  end(): string;
  summary(): StreamSummary;
}

/**
 * The output scanner of {@link createOutputScanner} as plain calls, for callers that already iterate the answer
 * (an async generator of parts): the same holding back, redaction and blocking, without a web stream's queues and
 * promises per chunk.
 *
 * @example
 * const scanner = createTextScanner({ policy }); send(scanner.push(delta)); … send(scanner.end())
 */
export function createTextScanner(options: OutputScannerOptions = {}): TextScanner {
  const { transformer, summary } = createScannerTransformer(options);
  const released: string[] = [];
  let failure: unknown = null;
  let ended = false;
  const controller = {
    desiredSize: 1,
    enqueue: (text: string) => {
      released.push(text);
    },
    error: (reason: unknown) => {
      failure ??= reason;
    },
    terminate: () => {},
  } as TransformStreamDefaultController<string>;
  const take = (): string => {
    if (failure) throw failure;
    if (released.length === 0) return '';
    const text = released.length === 1 ? (released[0] as string) : released.join('');
    released.length = 0;
    return text;
  };
  return {
    push(text) {
      if (failure) throw failure;
      if (ended) throw new Error('createTextScanner: push after end');
      transformer.transform(text, controller);
      return take();
    },
    end() {
      if (failure) throw failure;
      if (ended) return '';
      ended = true;
      transformer.flush(controller);
      return take();
    },
    summary,
  };
}
