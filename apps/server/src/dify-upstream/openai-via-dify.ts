import { randomUUID } from 'node:crypto';
import { AppError } from '@sigmacode/core';
import type { LoadedApp } from '../apps/find-app.js';
import { sseResponse } from '../http/sse-response.js';
import type { Principal } from '../identity/access/principal.js';
import { streamChatCompletionSse, toChatCompletion } from '../openai-api/wire/index.js';
import type { PipelineDeps } from '../pipeline/pipeline-deps.js';
import { difyFramesToParts, toUsage } from './dify-frames-to-parts.js';
import { difyRefusal } from './dify-refusal.js';
import { proxyDifyCall } from './proxy-dify-call.js';
import { readSseFrames } from './read-sse-frames.js';

/** An OpenAI chat request, as far as a Dify app can take it. */
export interface OpenAiViaDifyRequest {
  model: string;
  /** The text of the last user message: Dify keeps the conversation itself. */
  query: string;
  user?: string | undefined;
  stream: boolean;
  includeUsage: boolean;
}

/**
 * `/v1/chat/completions` for an app that runs on Dify: the last user message goes to the Dify app as a chat message
 * (a new Dify conversation per call, `user` = the OpenAI `user` or the key), through the same pipeline as the Dify
 * API (proxyDifyCall: hold, firewall both ways, settle with Dify's usage), and the answer comes back in OpenAI's
 * shape — streamed chunk by chunk as Dify sends it, or as one completion.
 *
 * @example return openAiViaDify({ deps, principal, app, request, requestId, signal })
 */
export async function openAiViaDify({
  deps,
  principal,
  app,
  request,
  requestId,
  signal,
}: {
  deps: PipelineDeps;
  principal: Principal;
  app: LoadedApp;
  request: OpenAiViaDifyRequest;
  requestId: string;
  signal: AbortSignal;
}): Promise<Response> {
  const mode = app.row.mode;
  if (mode !== 'chat' && mode !== 'agent-chat') {
    throw new AppError('BAD_REQUEST', {
      message: `This Dify app is a ${mode} app: run it through /api/dify/v1 (only chat apps speak the chat API).`,
    });
  }
  if (!request.query.trim())
    throw new AppError('VALIDATION_FAILED', { message: 'The last message must be a user message with text.' });
  const response = await proxyDifyCall({
    deps,
    principal,
    app,
    endpoint: 'chat-messages',
    body: {
      inputs: {},
      query: request.query,
      response_mode: 'streaming',
      user: request.user ?? `openai:${principal.kind === 'api_key' ? principal.keyId : principal.userId}`,
    },
    requestId,
    signal,
  });
  if (!response.ok) throw await difyRefusal(response);
  const body = response.body as ReadableStream<Uint8Array>;
  const parts = difyFramesToParts(readSseFrames(body as unknown as AsyncIterable<Uint8Array>));
  const id = `chatcmpl-${randomUUID().replaceAll('-', '')}`;
  const created = Math.floor(Date.now() / 1000);

  if (request.stream) {
    return sseResponse(
      streamChatCompletionSse({ parts, id, model: request.model, created, includeUsage: request.includeUsage }),
    );
  }
  let text = '';
  let usage = toUsage({ promptTokens: 0, completionTokens: 0 });
  for await (const part of parts) {
    if (part.type === 'text-delta') text += part.text;
    else if (part.type === 'finish') usage = part.totalUsage;
    else if (part.type === 'error') throw part.error;
  }
  return Response.json(toChatCompletion({ id, model: request.model, created, text, finishReason: 'stop', usage }));
}
