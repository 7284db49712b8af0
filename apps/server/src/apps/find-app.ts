import { AppError } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { and, eq } from 'drizzle-orm';
import { type AppConfig, AppConfigSchema } from './app-schemas.js';

/** An app with the configuration of its current version. */
export interface LoadedApp {
  row: typeof schema.apps.$inferSelect;
  config: AppConfig;
}

/**
 * An app of the organization with its current configuration. Another organization's app answers NOT_FOUND, exactly
 * like an unknown id.
 *
 * @example const { row, config } = await findApp({ db, organizationId, appId })
 */
export async function findApp({
  db,
  organizationId,
  appId,
}: {
  db: Db;
  organizationId: string;
  appId: string;
}): Promise<LoadedApp> {
  const { apps, appVersions } = schema;
  const [found] = await db
    .select({ row: apps, config: appVersions.config })
    .from(apps)
    .innerJoin(appVersions, and(eq(appVersions.appId, apps.id), eq(appVersions.version, apps.currentVersion)))
    .where(and(eq(apps.id, appId), eq(apps.organizationId, organizationId)))
    .limit(1);
  if (!found) throw new AppError('NOT_FOUND', { message: 'No such app.' });
  return { row: found.row, config: AppConfigSchema.parse(found.config) };
}
