import { randomUUID } from 'node:crypto';
import { AppError } from '@sigmacode/core';
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { authorize, principalOf } from '../identity/access/index.js';
import type { PipelineDeps } from '../pipeline/pipeline-deps.js';
import { runEmbedding } from '../pipeline/run-embedding.js';
import { EmbeddingsRequestSchema, parseWireBody, toEmbeddingInputs, toEmbeddingsResponse } from './wire/index.js';

/**
 * `POST /v1/embeddings` on the pipeline (action `embedding`).
 *
 * @example app.route('/', embeddingsRoute(deps))
 */
export function embeddingsRoute(deps: PipelineDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/v1/embeddings', async (c) => {
    const principal = principalOf(c);
    authorize({ principal, access: 'chat:use' });
    const body = await c.req.json().catch(() => {
      throw new AppError('BAD_REQUEST', { message: 'The body must be JSON.' });
    });
    const request = parseWireBody({ schema: EmbeddingsRequestSchema, body });
    const { embeddings, promptTokens } = await runEmbedding(deps, {
      principal,
      requestId: c.get('requestId') ?? randomUUID(),
      model: request.model,
      inputs: toEmbeddingInputs(request),
      signal: c.req.raw.signal,
    });
    return c.json(
      toEmbeddingsResponse({ model: request.model, embeddings, promptTokens, encodingFormat: request.encoding_format }),
    );
  });
  return app;
}
