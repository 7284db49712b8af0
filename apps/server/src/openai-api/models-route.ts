import type { Db } from '@sigmacode/db';
import { MODEL_CATALOG } from '@sigmacode/engine';
import { Hono } from 'hono';
import type { AiConfig } from '../ai/ai-config.js';
import { listProviderCredentials } from '../ai/provider-credentials.js';
import { listApps } from '../apps/manage-apps.js';
import type { AppEnv } from '../http/app-env.js';
import { principalOf } from '../identity/access/index.js';
import { toModelList } from './wire/index.js';

/**
 * `GET /v1/models`: the chat models the caller can use — catalog models whose provider is configured (platform or
 * the organization's own credential) and the organization's apps as `app:<id>`. An app key sees only its app.
 *
 * @example app.route('/', openAiModelsRoute({ db, ai }))
 */
export function openAiModelsRoute({ db, ai }: { db: Db; ai: AiConfig }): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/v1/models', async (c) => {
    const principal = principalOf(c);
    const organizationId = principal.organizationId;
    if (principal.kind === 'api_key' && principal.keyKind === 'app' && principal.appId) {
      return c.json(toModelList([{ id: `app:${principal.appId}`, ownedBy: organizationId }]));
    }
    const own = await listProviderCredentials({ db, organizationId });
    const configured = new Set<string>([
      ...Object.keys(ai.providers),
      ...own.map((credential) => credential.type),
      'sigmacode',
    ]);
    const models = MODEL_CATALOG.filter((entry) => entry.capabilities.chat && configured.has(entry.provider)).map(
      (entry) => ({ id: entry.id, ownedBy: entry.provider }),
    );
    const apps = (await listApps({ db, organizationId })).map((found) => ({
      id: `app:${found.row.id}`,
      ownedBy: organizationId,
      created: Math.floor(found.row.createdAt.getTime() / 1000),
    }));
    return c.json(toModelList([...models, ...apps]));
  });
  return app;
}
