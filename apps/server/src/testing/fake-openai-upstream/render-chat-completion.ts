import type { FakeAnswer } from './fake-upstream-script.js';

const DEFAULT_TEXT = 'Hello from the fake upstream.';

/** The request facts an answer depends on. */
export interface AnswerContext {
  id: string;
  model: string;
  created: number;
  /** Characters of prompt text, for the default usage estimate. */
  promptChars: number;
}

interface ResolvedToolCall {
  id: string;
  name: string;
  arguments: string;
}

interface ResolvedAnswer {
  chunks: string[];
  text: string;
  toolCalls: ResolvedToolCall[];
  finishReason: string;
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
}

function resolve({ answer, context }: { answer: FakeAnswer; context: AnswerContext }): ResolvedAnswer {
  const chunks = answer.chunks ?? split(answer.text ?? DEFAULT_TEXT, answer.chunkSize ?? 8);
  const text = chunks.join('');
  const toolCalls = (answer.toolCalls ?? []).map((call, i) => ({
    id: call.id ?? `call_${context.id.replace('chatcmpl-', '')}_${i}`,
    name: call.name,
    arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments),
  }));
  const outputChars = text.length + toolCalls.reduce((sum, call) => sum + call.name.length + call.arguments.length, 0);
  const prompt = answer.usage?.promptTokens ?? Math.ceil(context.promptChars / 4);
  const completion = answer.usage?.completionTokens ?? Math.ceil(outputChars / 4);
  return {
    chunks,
    text,
    toolCalls,
    finishReason: answer.finishReason ?? (toolCalls.length > 0 ? 'tool_calls' : 'stop'),
    usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion },
  };
}

function split(text: string, size: number): string[] {
  const step = Math.max(1, Math.floor(size));
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += step) pieces.push(text.slice(at, at + step));
  return pieces;
}

/**
 * The `chat.completion` body for a non-streaming request.
 *
 * @example
 * renderCompletion({ answer: { text: 'Hi' }, context: { id: 'chatcmpl-1', model: 'm', created: 0, promptChars: 8 } })
 */
export function renderCompletion({ answer, context }: { answer: FakeAnswer; context: AnswerContext }): object {
  const { text, toolCalls, finishReason, usage } = resolve({ answer, context });
  const message = {
    role: 'assistant',
    content: text === '' && toolCalls.length > 0 ? null : text,
    refusal: null,
    ...(toolCalls.length > 0
      ? {
          tool_calls: toolCalls.map((call) => ({
            id: call.id,
            type: 'function',
            function: { name: call.name, arguments: call.arguments },
          })),
        }
      : {}),
  };
  return {
    id: context.id,
    object: 'chat.completion',
    created: context.created,
    model: context.model,
    choices: [{ index: 0, message, logprobs: null, finish_reason: finishReason }],
    usage,
  };
}

/**
 * The server-sent events of a streamed answer as OpenAI sends them: a role chunk, content deltas, each tool call
 * named once and its arguments in two deltas, the finish chunk, with `includeUsage` a usage chunk (and
 * `usage: null` on the others), then `[DONE]`. One string per event; all but the last are chunk events.
 *
 * @example
 * const { events } = renderStream({ answer: { text: 'Hi' }, context, includeUsage: true })
 */
export function renderStream({
  answer,
  context,
  includeUsage,
}: {
  answer: FakeAnswer;
  context: AnswerContext;
  includeUsage: boolean;
}): { events: string[] } {
  const { chunks, toolCalls, finishReason, usage } = resolve({ answer, context });
  const head = `{"id":${JSON.stringify(context.id)},"object":"chat.completion.chunk","created":${context.created},"model":${JSON.stringify(context.model)},"choices":[{"index":0,"delta":`;
  const tail = includeUsage ? ',"usage":null}' : '}';
  const event = (delta: object, finish: string | null = null) =>
    `data: ${head}${JSON.stringify(delta)},"logprobs":null,"finish_reason":${finish === null ? 'null' : `"${finish}"`}}]${tail}\n\n`;

  const events = [event({ role: 'assistant', content: '', refusal: null })];
  for (const content of chunks) events.push(event({ content }));
  toolCalls.forEach((call, index) => {
    events.push(
      event({ tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } }] }),
    );
    const half = Math.ceil(call.arguments.length / 2);
    for (const piece of [call.arguments.slice(0, half), call.arguments.slice(half)]) {
      if (piece) events.push(event({ tool_calls: [{ index, function: { arguments: piece } }] }));
    }
  });
  events.push(event({}, finishReason));
  if (includeUsage) {
    const usageChunk = {
      id: context.id,
      object: 'chat.completion.chunk',
      created: context.created,
      model: context.model,
      choices: [],
      usage,
    };
    events.push(`data: ${JSON.stringify(usageChunk)}\n\n`);
  }
  events.push('data: [DONE]\n\n');
  return { events };
}
