import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { AppError } from '@sigmacode/core';
import type { AppEnv } from '../../http/app-env.js';

const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

const swaggerDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>SIGMACODE API</title>
  <link rel="icon" href="/api/docs/assets/favicon-32x32.png">
  <link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/api/docs/assets/swagger-ui-bundle.js"></script>
  <script src="/api/docs/assets/swagger-ui-standalone-preset.js"></script>
  <script src="/api/docs/init.js"></script>
</body>
</html>`;

// Kept in a file of its own (not inline) so the strict Content-Security-Policy needs no 'unsafe-inline' script.
const INIT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: 'StandaloneLayout' });`;

/**
 * Serves the OpenAPI 3.1 document generated from the route schemas at /api/openapi.json, and a docs page at
 * /api/docs whose assets come from the swagger-ui-dist package, so it works without internet access.
 */
export function registerDocsRoutes({ app, version }: { app: OpenAPIHono<AppEnv>; version: string }): void {
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'SIGMACODE API',
      version,
      description:
        'The console API of SIGMACODE. Errors have the shape `{ "error": { "code", "message", "requestId", "details"? } }`.',
    },
    tags: [
      { name: 'System', description: 'Health and service information' },
      { name: 'Accounts', description: 'Sign-up, sign-in, sessions, password reset (Better Auth under /api/auth)' },
      { name: 'Identity', description: 'The caller and their permissions' },
      { name: 'Organizations', description: 'Organizations, members, roles and invitations' },
      { name: 'API keys', description: 'Keys for programs (`Authorization: Bearer sk-sc-…`)' },
    ],
  });
  app.get('/api/docs', (c) => c.html(PAGE));
  app.get('/api/docs/init.js', (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    return c.body(INIT);
  });
  app.get('/api/docs/assets/:file', async (c) => {
    const file = c.req.param('file');
    const type = ASSETS[file];
    if (!type) throw new AppError('NOT_FOUND', { message: `No docs asset named ${file}.` });
    const content = await readFile(join(swaggerDir, file));
    c.header('Content-Type', type);
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(content);
  });
}
