import { AppError, ERROR_CODES, isAppError } from '@sigmacode/core';
import type { Finding, OutputScannerOptions } from '@sigmacode/firewall';
import { ScannedSegment } from '../pipeline/scanned-segment.js';
import { readDifyUsage } from './read-dify-usage.js';
import type { SseFrame } from './read-sse-frames.js';

/** What the guarded Dify stream found and produced. */
export interface DifyStreamReport {
  /** The answer text as released to the client (after redaction). */
  text: string;
  findings: Finding[];
  scanMs: number;
  /** The firewall changed the answer (the client got `message_replace` or rewritten chunks). */
  redacted: boolean;
  /** Token counts Dify reported (message_end's metadata.usage, or workflow_finished's total_tokens). */
  usage: { promptTokens: number; completionTokens: number } | null;
  /** Dify ended the answer (message_end, or workflow_finished for a workflow app). */
  ended: boolean;
  /** Dify sent an `error` event, or the firewall blocked. */
  failure: AppError | null;
}

const TEXT_EVENTS = new Set(['message', 'agent_message', 'text_chunk']);

/** The answer text a frame carries: `answer` of (agent_)message, `data.text` of a workflow's text_chunk. */
function textOf(frame: SseFrame): string | null {
  const data = frame.data;
  if (!data || typeof data.event !== 'string' || !TEXT_EVENTS.has(data.event)) return null;
  if (data.event === 'text_chunk') {
    const inner = data.data as { text?: unknown } | undefined;
    return typeof inner?.text === 'string' ? inner.text : null;
  }
  return typeof data.answer === 'string' ? data.answer : null;
}

/** A frame like `template` carrying `text` instead of its own (a rewritten chunk after a redaction). */
function withText(template: SseFrame, text: string): string {
  const data = template.data as Record<string, unknown>;
  const next =
    data.event === 'text_chunk'
      ? { ...data, data: { ...(data.data as Record<string, unknown>), text } }
      : { ...data, answer: text };
  return `data: ${JSON.stringify(next)}\n\n`;
}

/**
 * The streaming output firewall between Dify and the client. Frames pass through byte for byte while the firewall
 * lets the text through unchanged: a text frame (`message`, `agent_message`, `text_chunk`) is held until the scanner
 * has released all of its text, then forwarded as Dify sent it; every other frame (`message_end`, `agent_thought`,
 * `node_started`, `ping`, …) first releases the text before it, so the order is kept. Once the scanner changes the
 * text (a redaction), the rest of the answer goes out as rewritten chunks of the same shape, and a chat's
 * `message_end` is preceded by `message_replace` with the whole released answer, as Dify does after moderation. A
 * block ends the stream with Dify's `error` event. `onEnd` settles and gives the end frame to forward.
 *
 * @example for await (const text of guardDifyStream({ frames, options, report, endEvent: 'message_end', onEnd })) send(text)
 */
export async function* guardDifyStream({
  frames,
  options,
  report,
  endEvent,
  onEnd,
}: {
  frames: AsyncIterable<SseFrame>;
  options: OutputScannerOptions;
  report: DifyStreamReport;
  /** The event that ends the answer and carries its usage. */
  endEvent: 'message_end' | 'workflow_finished';
  /** Settles, and returns the end frame's text to forward (the frame itself, or a rewritten one). */
  onEnd: (frame: SseFrame) => Promise<string>;
}): AsyncGenerator<string> {
  const off = options.policy?.mode === 'off';
  let segment: ScannedSegment | null = null;
  /** Text frames not yet forwarded, with where their text ends in the original answer. */
  let pending: Array<{ frame: SseFrame; end: number }> = [];
  let original = '';
  /** Characters of `report.text` the client has. */
  let sent = 0;
  let template: SseFrame | null = null;
  const envelope: Record<string, unknown> = {};

  const scan = (work: (current: ScannedSegment) => string, close: boolean): void => {
    if (!segment) return;
    const current = segment;
    if (close) segment = null;
    const began = performance.now();
    try {
      report.text += work(current);
    } finally {
      report.scanMs += performance.now() - began;
      if (close) report.findings.push(...current.findings());
    }
  };
  /** What can go to the client now. */
  const drain = (): string[] => {
    const out: string[] = [];
    if (!report.redacted && report.text !== original.slice(0, report.text.length)) report.redacted = true;
    if (!report.redacted) {
      while (pending[0] && pending[0].end <= report.text.length) {
        const next = pending.shift() as { frame: SseFrame; end: number };
        out.push(next.frame.raw);
        sent = next.end;
      }
    } else {
      pending = [];
      if (report.text.length > sent && template) {
        out.push(withText(template, report.text.slice(sent)));
        sent = report.text.length;
      }
    }
    return out;
  };
  const blockedEvent = (error: AppError): string => {
    const code = ERROR_CODES[error.code];
    const body = { event: 'error', ...envelope, status: code.status, code: code.difyCode, message: error.message };
    return `data: ${JSON.stringify(body)}\n\n`;
  };

  try {
    for await (const frame of frames) {
      const data = frame.data;
      if (data) {
        for (const field of ['task_id', 'message_id', 'conversation_id', 'workflow_run_id'] as const) {
          if (typeof data[field] === 'string') envelope[field] = data[field];
        }
      }
      const text = textOf(frame);
      if (text !== null) {
        template = frame;
        if (off) {
          report.text += text;
          yield frame.raw;
          continue;
        }
        pending.push({ frame, end: original.length + text.length });
        original += text;
        segment ??= new ScannedSegment(options);
        scan((current) => current.write(text), false);
        yield* drain();
        continue;
      }
      scan((current) => current.end(), true);
      yield* drain();
      if (data?.event === 'error') {
        report.failure = new AppError('UPSTREAM_FAILED', {
          message: typeof data.message === 'string' ? data.message : 'Dify failed while answering.',
        });
      }
      if (data?.event === endEvent) {
        report.ended = true;
        report.usage = readDifyUsage(frame.data ?? {}) ?? { promptTokens: 0, completionTokens: 0 };
        if (report.redacted && endEvent === 'message_end') {
          yield `data: ${JSON.stringify({ event: 'message_replace', ...envelope, answer: report.text, reason: 'output_moderation' })}\n\n`;
        }
        yield await onEnd(frame);
        continue;
      }
      yield frame.raw;
    }
    scan((current) => current.end(), true);
    yield* drain();
  } catch (error) {
    if (!isAppError(error) || error.code !== 'CONTENT_BLOCKED') throw error;
    report.failure = error;
    yield blockedEvent(error);
  } finally {
    const open = segment as ScannedSegment | null;
    if (open) report.findings.push(...open.findings());
  }
}
