import { schema } from '@sigmacode/db';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import type { PipelineDeps } from '../pipeline/pipeline-deps.js';
import { appKeyCaller } from './app-key-caller.js';
import { toDifyParameters } from './to-dify-parameters.js';

/**
 * Dify's app description endpoints for the key's app: `GET /parameters`, `GET /meta` (no tool icons),
 * `GET /info` and `GET /site` (a minimal WebApp settings object; there is no separate site configuration).
 *
 * @example app.route('/api/dify/v1', difyAppInfoRoutes({ deps }))
 */
export function difyAppInfoRoutes({ deps }: { deps: Pick<PipelineDeps, 'db'> }): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/parameters', async (c) => {
    const { app: found } = await appKeyCaller(c, deps);
    return c.json(toDifyParameters(found.config));
  });

  app.get('/meta', async (c) => {
    await appKeyCaller(c, deps);
    return c.json({ tool_icons: {} });
  });

  app.get('/info', async (c) => {
    const { app: found } = await appKeyCaller(c, deps);
    const [author] = found.row.createdBy
      ? await deps.db
          .select({ name: schema.users.name })
          .from(schema.users)
          .where(eq(schema.users.id, found.row.createdBy))
          .limit(1)
      : [];
    return c.json({
      name: found.row.name,
      description: found.row.description,
      tags: [],
      mode: found.row.mode,
      author_name: author?.name ?? '',
    });
  });

  app.get('/site', async (c) => {
    const { app: found } = await appKeyCaller(c, deps);
    return c.json({
      title: found.row.name,
      chat_color_theme: null,
      chat_color_theme_inverted: false,
      icon_type: null,
      icon: null,
      icon_background: null,
      icon_url: null,
      description: found.row.description,
      copyright: null,
      privacy_policy: null,
      custom_disclaimer: '',
      default_language: 'en-US',
      show_workflow_steps: false,
      use_icon_as_answer_icon: false,
    });
  });

  return app;
}
