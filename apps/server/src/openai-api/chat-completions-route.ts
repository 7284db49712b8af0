import { randomUUID } from 'node:crypto';
import { AppError } from '@sigmacode/core';
import { Hono } from 'hono';
import { resolveChatTarget } from '../ai/resolve-chat-target.js';
import { openAiViaDify } from '../dify-upstream/openai-via-dify.js';
import type { AppEnv } from '../http/app-env.js';
import { sseResponse } from '../http/sse-response.js';
import { authorize, principalOf } from '../identity/access/index.js';
import type { PipelineDeps } from '../pipeline/pipeline-deps.js';
import { runChat } from '../pipeline/run-chat.js';
import {
  ChatCompletionRequestSchema,
  type GeneratedToolCall,
  parseWireBody,
  streamChatCompletionSse,
  toCallSettings,
  toChatCompletion,
  toModelMessages,
  toToolChoice,
  toToolSet,
} from './wire/index.js';

/** The text of a user message's content (a string, or its text parts joined). */
function textOfContent(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((part) =>
      part && typeof part === 'object' && (part as { type?: unknown }).type === 'text'
        ? String((part as { text?: unknown }).text ?? '')
        : '',
    )
    .join('');
}

/**
 * `POST /v1/chat/completions`: OpenAI's chat API on the one pipeline. `model` is a model id (`openai/gpt-4o-mini`,
 * `sigmacode/echo`) or `app:<appId>` — an app on Dify answers through openAiViaDify. Streams server-sent events when
 * `stream` is true.
 *
 * @example app.route('/', chatCompletionsRoute(deps))
 */
export function chatCompletionsRoute(deps: PipelineDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/v1/chat/completions', async (c) => {
    const principal = principalOf(c);
    if (!(principal.kind === 'api_key' && principal.keyKind === 'app')) authorize({ principal, access: 'chat:use' });
    const body = await c.req.json().catch(() => {
      throw new AppError('BAD_REQUEST', { message: 'The body must be JSON.' });
    });
    const request = parseWireBody({ schema: ChatCompletionRequestSchema, body });
    const target = await resolveChatTarget({ deps, principal, model: request.model });
    if (target.dify) {
      const last = request.messages.at(-1);
      return openAiViaDify({
        deps,
        principal,
        app: target.dify,
        request: {
          model: request.model,
          query: last?.role === 'user' ? textOfContent(last.content) : '',
          user: request.user ?? undefined,
          stream: request.stream === true,
          includeUsage: request.stream_options?.include_usage === true,
        },
        requestId: c.get('requestId') ?? randomUUID(),
        signal: c.req.raw.signal,
      });
    }
    const prompt = toModelMessages(request);
    const settings = toCallSettings(request);
    const clientTools = toToolSet(request.tools);
    const tools = target.tools || clientTools ? { ...(target.tools ?? {}), ...(clientTools ?? {}) } : undefined;
    const system = [target.system, prompt.system].filter(Boolean).join('\n\n') || undefined;
    const { maxOutputTokens, ...sampling } = settings;
    const parameters = target.app?.parameters;
    const call = await runChat(deps, {
      principal,
      api: 'openai',
      requestId: c.get('requestId') ?? randomUUID(),
      appId: target.appId,
      policy: target.policy,
      modelIds: target.modelIds,
      system,
      messages: prompt.messages,
      tools,
      toolChoice: toToolChoice(request.tool_choice),
      maxSteps: target.maxSteps,
      maxOutputTokens: maxOutputTokens ?? parameters?.maxTokens,
      settings: {
        ...(parameters?.temperature !== undefined ? { temperature: parameters.temperature } : {}),
        ...(parameters?.topP !== undefined ? { topP: parameters.topP } : {}),
        ...sampling,
      },
      allowSystemInMessages: true,
      stream: request.stream === true,
      action: target.agent ? 'agent_execution' : 'chat_message',
      signal: c.req.raw.signal,
    }).catch(async (error: unknown) => {
      await target.release();
      throw error;
    });
    void call.outcome.finally(() => target.release());
    const id = `chatcmpl-${randomUUID().replaceAll('-', '')}`;
    const created = Math.floor(Date.now() / 1000);

    if (request.stream) {
      return sseResponse(
        streamChatCompletionSse({
          parts: call.parts,
          id,
          model: request.model,
          created,
          includeUsage: request.stream_options?.include_usage === true,
        }),
      );
    }

    const toolCalls: GeneratedToolCall[] = [];
    let finishReason: Parameters<typeof toChatCompletion>[0]['finishReason'] = 'stop';
    let usage: Parameters<typeof toChatCompletion>[0]['usage'] | null = null;
    let text = '';
    for await (const part of call.parts) {
      if (part.type === 'text-delta') text += part.text;
      else if (
        part.type === 'tool-call' &&
        !part.providerExecuted &&
        !(tools?.[part.toolName] as { execute?: unknown } | undefined)?.execute
      ) {
        toolCalls.push({ toolCallId: part.toolCallId, toolName: part.toolName, input: part.input });
      } else if (part.type === 'finish') {
        finishReason = part.finishReason;
        usage = part.totalUsage;
      } else if (part.type === 'error') {
        throw part.error;
      }
    }
    // With the model's own usage the answer is complete; only without it (the stream ended early) is the outcome,
    // which waits for the settlement and the records, needed for the error or the estimated usage.
    if (!usage) {
      const outcome = await call.outcome;
      if (outcome.error) throw outcome.error;
      usage = {
        inputTokens: outcome.usage.promptTokens,
        outputTokens: outcome.usage.completionTokens,
        totalTokens: outcome.usage.promptTokens + outcome.usage.completionTokens,
        inputTokenDetails: { noCacheTokens: undefined, cacheReadTokens: undefined, cacheWriteTokens: undefined },
        outputTokenDetails: { textTokens: undefined, reasoningTokens: undefined },
      };
    }
    return c.json(toChatCompletion({ id, model: request.model, created, text, toolCalls, finishReason, usage }), 200);
  });
  return app;
}
