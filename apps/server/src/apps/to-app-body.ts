import type { Db } from '@sigmacode/db';
import { loadOwnPolicy } from '../firewall/policy-store.js';
import type { AppBody } from './app-schemas.js';
import { publicConfig } from './app-upstream.js';
import type { LoadedApp } from './find-app.js';

/**
 * The API shape of an app, with its own firewall policy (null when the organization's applies) and never a Dify key.
 *
 * @example return c.json(await toAppBody({ db, app: await findApp(...) }), 200)
 */
export async function toAppBody({ db, app }: { db: Db; app: LoadedApp }): Promise<AppBody> {
  const { row, config } = app;
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    mode: row.mode,
    version: row.currentVersion,
    config: publicConfig(config),
    firewallPolicy: await loadOwnPolicy({ db, organizationId: row.organizationId, appId: row.id }),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
