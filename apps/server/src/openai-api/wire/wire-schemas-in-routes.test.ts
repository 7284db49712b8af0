import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { OpenAIErrorBodySchema } from '@sigmacode/core';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../../http/app-env.js';
import { handleError } from '../../http/errors/handle-errors.js';
import { validationHook } from '../../http/errors/validation-hook.js';
import { jsonContent } from '../../routes/json-content.js';
import { ChatCompletionRequestSchema } from './chat-completion-request-schema.js';
import { ChatCompletionChunkSchema, ChatCompletionSchema } from './chat-completion-response-schemas.js';
import { EmbeddingsRequestSchema, EmbeddingsResponseSchema, toEmbeddingsResponse } from './embeddings.js';
import { sdkUsage } from './test-support/scripted-parts.js';
import { toChatCompletion } from './to-chat-completion.js';
import { ModelListSchema, toModelList } from './to-model-list.js';

// The schemas as a route declares them: validated by the app's hook, rendered by its error handler, documented.

function appWithRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.onError(handleError);
  const chat = createRoute({
    method: 'post',
    path: '/v1/chat/completions',
    request: { body: { ...jsonContent(ChatCompletionRequestSchema), required: true } },
    responses: {
      200: {
        description: 'The completion, or with `stream` its chunks as server-sent events.',
        content: {
          'application/json': { schema: ChatCompletionSchema },
          'text/event-stream': { schema: ChatCompletionChunkSchema },
        },
      },
      400: { description: 'Invalid request.', ...jsonContent(OpenAIErrorBodySchema) },
    },
  });
  const embeddings = createRoute({
    method: 'post',
    path: '/v1/embeddings',
    request: { body: { ...jsonContent(EmbeddingsRequestSchema), required: true } },
    responses: { 200: { description: 'Embeddings.', ...jsonContent(EmbeddingsResponseSchema) } },
  });
  const models = createRoute({
    method: 'get',
    path: '/v1/models',
    responses: { 200: { description: 'Models.', ...jsonContent(ModelListSchema) } },
  });
  const usage = sdkUsage({ input: 1, output: 1 });
  app.openapi(chat, (c) => {
    const { model } = c.req.valid('json');
    return c.json(
      toChatCompletion({ id: 'chatcmpl-1', model, created: 0, text: 'ok', finishReason: 'stop', usage }),
      200,
    );
  });
  app.openapi(embeddings, (c) =>
    c.json(toEmbeddingsResponse({ model: c.req.valid('json').model, embeddings: [[1]], promptTokens: 1 }), 200),
  );
  app.openapi(models, (c) => c.json(toModelList([{ id: 'm' }]), 200));
  return app;
}

const post = (app: OpenAPIHono<AppEnv>, body: unknown) =>
  app.request('/v1/chat/completions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('wire schemas in routes', () => {
  it('turns a refused request into OpenAI’s 400 naming the parameter', async () => {
    const app = appWithRoutes();
    const res = await post(app, { model: 'm', messages: [{ role: 'user', content: 'x' }], n: 2 });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        message: 'Invalid n: Only n=1 is supported: request one choice per call',
        type: 'invalid_request_error',
        code: 'validation_failed',
        param: 'n',
      },
    });
    const ok = await post(app, { model: 'm', messages: [{ role: 'user', content: 'x' }], unknown_field: 1 });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ object: 'chat.completion', model: 'm' });
  });

  it('documents every request and response schema by name', () => {
    const document = appWithRoutes().getOpenAPI31Document({
      openapi: '3.1.0',
      info: { title: 'test', version: '0' },
    });
    expect(Object.keys(document.components?.schemas ?? {})).toEqual(
      expect.arrayContaining([
        'ChatCompletionRequest',
        'ChatMessage',
        'FunctionTool',
        'ChatCompletion',
        'ChatCompletionChunk',
        'CompletionUsage',
        'EmbeddingsRequest',
        'EmbeddingsResponse',
        'ModelList',
      ]),
    );
  });
});
