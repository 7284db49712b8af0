import { AppError } from '@sigmacode/core';
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import type { PipelineDeps } from '../pipeline/pipeline-deps.js';
import { appKeyCaller } from './app-key-caller.js';

/**
 * Dify's `POST /audio-to-text` and `POST /text-to-audio` for built-in apps. Their models speak text only, so speech is
 * off in `parameters` (`speech_to_text`/`text_to_speech` disabled) and these answer exactly as a Dify app with the
 * feature disabled does: 400 `invalid_param`. Apps that run on Dify get Dify's own audio endpoints (forwarded).
 *
 * @example app.route('/api/dify/v1', difyAudioRoutes({ deps }))
 */
export function difyAudioRoutes({ deps }: { deps: Pick<PipelineDeps, 'db'> }): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/audio-to-text', async (c) => {
    await appKeyCaller(c, deps);
    throw new AppError('VALIDATION_FAILED', { message: 'Speech to text is not enabled' });
  });
  app.post('/text-to-audio', async (c) => {
    await appKeyCaller(c, deps);
    throw new AppError('VALIDATION_FAILED', { message: 'TTS is not enabled' });
  });
  return app;
}
