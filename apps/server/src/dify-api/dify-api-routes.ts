import { Hono } from 'hono';
import type { TaskRegistry } from '../conversations/task-registry.js';
import { difyUpstreamMiddleware } from '../dify-upstream/dify-upstream-routes.js';
import type { AppEnv } from '../http/app-env.js';
import type { PipelineDeps } from '../pipeline/pipeline-deps.js';
import { difyAppInfoRoutes } from './dify-app-info-routes.js';
import { difyAudioRoutes } from './dify-audio-routes.js';
import { difyChatRoutes } from './dify-chat-routes.js';
import { difyConversationRoutes } from './dify-conversation-routes.js';
import { difyFileRoutes } from './dify-file-routes.js';

/** Where the Dify-compatible Service API lives (Dify's own `/v1`). */
export const DIFY_API_BASE = '/api/dify/v1';

/**
 * The Dify-compatible Service API (Dify 1.12.1) for the platform's apps under `/api/dify/v1/`: chat messages
 * (blocking and streaming) and stop, conversations, messages, feedback, suggestions, parameters, meta, info and
 * site. Only app keys (`Bearer app-…`) may call it; errors are Dify's `{ code, message, status }`. An app that runs
 * on Dify is served by that Dify, through the same pipeline (dify-upstream/).
 *
 * @example app.route('/', difyApiRoutes({ deps: pipeline, tasks }))
 */
export function difyApiRoutes({ deps, tasks }: { deps: PipelineDeps; tasks: TaskRegistry }): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // Apps that run on an external Dify are answered from it (through the same pipeline); the rest by the engine.
  app.use(`${DIFY_API_BASE}/*`, difyUpstreamMiddleware({ deps, base: DIFY_API_BASE }));
  app.route(DIFY_API_BASE, difyChatRoutes({ deps, tasks }));
  app.route(DIFY_API_BASE, difyConversationRoutes({ deps }));
  app.route(DIFY_API_BASE, difyAppInfoRoutes({ deps }));
  app.route(DIFY_API_BASE, difyAudioRoutes({ deps }));
  app.route(DIFY_API_BASE, difyFileRoutes({ deps }));
  return app;
}
