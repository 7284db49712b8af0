import { newId } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { and, desc, eq } from 'drizzle-orm';
import { savePolicy, validatePolicyInput } from '../firewall/policy-store.js';
import { type AppConfig, AppConfigSchema, type CreateAppBody, type UpdateAppBody } from './app-schemas.js';
import { findApp, type LoadedApp } from './find-app.js';

/**
 * Creates an app with its first configuration version (and its own firewall policy when given).
 *
 * @example const app = await addApp({ db, organizationId, userId, input: { name: 'Support', mode: 'chat', config } })
 */
export async function addApp({
  db,
  organizationId,
  userId,
  input,
}: {
  db: Db;
  organizationId: string;
  userId: string | null;
  input: CreateAppBody;
}): Promise<LoadedApp> {
  const id = newId('app');
  // Validate the policy before anything is written, so a bad policy leaves no half-created app.
  if (input.firewallPolicy) validatePolicyInput(input.firewallPolicy);
  await db.insert(schema.apps).values({
    id,
    organizationId,
    name: input.name,
    description: input.description,
    mode: input.mode,
    currentVersion: 1,
    createdBy: userId,
  });
  await db
    .insert(schema.appVersions)
    .values({ id: newId('apv'), appId: id, version: 1, config: input.config, createdBy: userId });
  if (input.firewallPolicy) {
    await savePolicy({ db, organizationId, appId: id, policy: input.firewallPolicy, userId });
  }
  return findApp({ db, organizationId, appId: id });
}

/**
 * Renames, redescribes or reconfigures an app. A new `config` becomes the next version; `firewallPolicy` stores the
 * app's policy (null removes it).
 *
 * @example await updateApp({ db, organizationId, appId, userId, input: { config: { ...config, model: 'openai/gpt-4o' } } })
 */
export async function updateApp({
  db,
  organizationId,
  appId,
  userId,
  input,
}: {
  db: Db;
  organizationId: string;
  appId: string;
  userId: string | null;
  input: UpdateAppBody;
}): Promise<LoadedApp> {
  const current = await findApp({ db, organizationId, appId });
  if (input.firewallPolicy) validatePolicyInput(input.firewallPolicy);
  let version = current.row.currentVersion;
  if (input.config && JSON.stringify(input.config) !== JSON.stringify(current.config)) {
    version = await addVersion({ db, appId, config: input.config, userId });
  }
  await db
    .update(schema.apps)
    .set({
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      currentVersion: version,
      updatedAt: new Date(),
    })
    .where(and(eq(schema.apps.id, appId), eq(schema.apps.organizationId, organizationId)));
  if (input.firewallPolicy !== undefined) {
    await savePolicy({ db, organizationId, appId, policy: input.firewallPolicy, userId });
  }
  return findApp({ db, organizationId, appId });
}

async function addVersion({
  db,
  appId,
  config,
  userId,
}: {
  db: Db;
  appId: string;
  config: AppConfig;
  userId: string | null;
}): Promise<number> {
  const table = schema.appVersions;
  for (let attempt = 0; ; attempt += 1) {
    const [last] = await db
      .select({ version: table.version })
      .from(table)
      .where(eq(table.appId, appId))
      .orderBy(desc(table.version))
      .limit(1);
    const version = (last?.version ?? 0) + 1;
    const inserted = await db
      .insert(table)
      .values({ id: newId('apv'), appId, version, config, createdBy: userId })
      .onConflictDoNothing()
      .returning({ version: table.version });
    if (inserted[0]) return inserted[0].version;
    if (attempt >= 5) throw new Error('could not allocate an app version');
  }
}

/**
 * Deletes an app with its versions, conversations and app keys; its usage in the ledger stays.
 *
 * @example await deleteApp({ db, organizationId, appId })
 */
export async function deleteApp({ db, organizationId, appId }: { db: Db; organizationId: string; appId: string }) {
  await findApp({ db, organizationId, appId });
  await db
    .update(schema.apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(eq(schema.apiKeys.appId, appId), eq(schema.apiKeys.organizationId, organizationId)));
  await db
    .delete(schema.firewallPolicies)
    .where(and(eq(schema.firewallPolicies.appId, appId), eq(schema.firewallPolicies.organizationId, organizationId)));
  await db.delete(schema.apps).where(and(eq(schema.apps.id, appId), eq(schema.apps.organizationId, organizationId)));
}

/**
 * The organization's apps, newest first, each with its current configuration.
 *
 * @example const apps = await listApps({ db, organizationId })
 */
export async function listApps({ db, organizationId }: { db: Db; organizationId: string }): Promise<LoadedApp[]> {
  const { apps, appVersions } = schema;
  const rows = await db
    .select({ row: apps, config: appVersions.config })
    .from(apps)
    .innerJoin(appVersions, and(eq(appVersions.appId, apps.id), eq(appVersions.version, apps.currentVersion)))
    .where(eq(apps.organizationId, organizationId))
    .orderBy(desc(apps.createdAt), desc(apps.id))
    .limit(500);
  return rows.map((found) => ({ row: found.row, config: AppConfigSchema.parse(found.config) }));
}

/**
 * Every configuration version of an app, newest first.
 *
 * @example const versions = await listAppVersions({ db, organizationId, appId })
 */
export async function listAppVersions({
  db,
  organizationId,
  appId,
}: {
  db: Db;
  organizationId: string;
  appId: string;
}) {
  await findApp({ db, organizationId, appId });
  const rows = await db
    .select()
    .from(schema.appVersions)
    .where(eq(schema.appVersions.appId, appId))
    .orderBy(desc(schema.appVersions.version));
  return rows.map((row) => ({
    version: row.version,
    config: AppConfigSchema.parse(row.config),
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  }));
}
