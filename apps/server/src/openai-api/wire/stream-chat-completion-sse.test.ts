import { AppError } from '@sigmacode/core';
import { describe, expect, it } from 'vitest';
import { formatSse, SSE_DONE } from './sse.js';
import { streamChatCompletionSse } from './stream-chat-completion-sse.js';
import { finishPart, type StreamPart, scriptedStream, textDelta, toAsync } from './test-support/scripted-parts.js';
import { toOpenAiErrorEvent } from './to-openai-error-event.js';

const ids = { id: 'chatcmpl-1', model: 'm', created: 1 };

async function sseOf(parts: StreamPart[]): Promise<string[]> {
  const out: string[] = [];
  for await (const text of streamChatCompletionSse({ ...ids, parts: toAsync(parts) })) out.push(text);
  return out;
}

/** The `data:` payloads of an SSE text, in order. */
function payloads(texts: string[]): string[] {
  return texts
    .join('')
    .split('\n\n')
    .filter(Boolean)
    .map((event) => event.replace(/^data: /, ''));
}

describe('formatSse', () => {
  it('frames JSON as one data event, and [DONE] is the end marker', () => {
    expect(formatSse({ a: 'b\nc' })).toBe('data: {"a":"b\\nc"}\n\n');
    expect(SSE_DONE).toBe('data: [DONE]\n\n');
  });
});

describe('toOpenAiErrorEvent', () => {
  it('renders an AppError as the OpenAI error event', () => {
    expect(toOpenAiErrorEvent(new AppError('CONTENT_BLOCKED', { message: 'Blocked: secret detected.' }))).toBe(
      'data: {"error":{"message":"Blocked: secret detected.","type":"content_blocked","code":"content_blocked","param":null}}\n\n',
    );
  });
});

describe('streamChatCompletionSse', () => {
  it('ends a finished stream with [DONE]', async () => {
    const events = payloads(await sseOf(scriptedStream([textDelta('Hi')])));
    expect(events.at(-1)).toBe('[DONE]');
    expect(events.slice(0, -1).map((event) => JSON.parse(event).choices[0].delta)).toEqual([
      { role: 'assistant', content: '', refusal: null },
      { content: 'Hi' },
      {},
    ]);
  });

  it('ends a failed stream with its error event and no [DONE]', async () => {
    const events = payloads(await sseOf([textDelta('Hi'), { type: 'error', error: new Error('x') }, finishPart({})]));
    expect(events).toHaveLength(3);
    expect(JSON.parse(events[2] ?? '')).toMatchObject({ error: { code: 'upstream_failed' } });
  });

  it('reports a stream that stops without finishing as an upstream failure', async () => {
    const events = payloads(await sseOf([textDelta('Hi')]));
    expect(JSON.parse(events.at(-1) ?? '')).toEqual({
      error: {
        message: 'The model stream ended unexpectedly.',
        type: 'server_error',
        code: 'upstream_failed',
        param: null,
      },
    });
  });

  it('sends nothing more after an abort', async () => {
    const events = payloads(await sseOf([textDelta('Hi'), { type: 'abort' }]));
    expect(events).toHaveLength(2);
    expect(events.join()).not.toContain('[DONE]');
  });
});
