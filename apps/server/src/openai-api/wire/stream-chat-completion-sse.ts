import { AppError } from '@sigmacode/core';
import type { TextStreamPart, ToolSet } from 'ai';
import { type ChatCompletionChunkerOptions, createChatCompletionChunker } from './create-chat-completion-chunker.js';
import { formatSse, SSE_DONE } from './sse.js';
import { toOpenAiErrorEvent } from './to-openai-error-event.js';

/**
 * A whole OpenAI event stream for an AI SDK `fullStream`: the chunker's events as SSE text (one string per part
 * that produced any) and `data: [DONE]` after a finish. A stream that fails ends with its error event; one that
 * ends without `finish` (the upstream went away) ends with an UPSTREAM_FAILED error event; an aborted one just ends.
 *
 * @example
 * for await (const text of streamChatCompletionSse({ parts: result.fullStream, id, model, created })) {
 *   await stream.write(text)
 * }
 */
export async function* streamChatCompletionSse({
  parts,
  ...options
}: ChatCompletionChunkerOptions & { parts: AsyncIterable<TextStreamPart<ToolSet>> }): AsyncGenerator<string> {
  const chunker = createChatCompletionChunker(options);
  // Parts after the end are still read (not cancelled), so the AI SDK's own end-of-stream callbacks run.
  for await (const part of parts) {
    const events = chunker.push(part);
    if (events.length > 0) yield events.map(formatSse).join('');
  }
  if (chunker.state === 'finished') yield SSE_DONE;
  else if (chunker.state === 'open') {
    yield toOpenAiErrorEvent(new AppError('UPSTREAM_FAILED', { message: 'The model stream ended unexpectedly.' }));
  }
}
