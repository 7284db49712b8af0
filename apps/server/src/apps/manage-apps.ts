import { AppError, newId } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import type { SecretBox } from '@sigmacode/engine';
import { and, desc, eq } from 'drizzle-orm';
import { savePolicy, validatePolicyInput } from '../firewall/policy-store.js';
import { forgetVerifiedApiKeys } from '../identity/api-keys/verify-api-key.js';
import { type AppConfig, AppConfigSchema, type CreateAppBody, type UpdateAppBody } from './app-schemas.js';
import { publicConfig, sealUpstream } from './app-upstream.js';
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
  upstream,
}: {
  db: Db;
  organizationId: string;
  userId: string | null;
  input: CreateAppBody;
  /** Seals a Dify upstream's key; without it, Dify-backed apps are refused. */
  upstream?: UpstreamSealing;
}): Promise<LoadedApp> {
  const id = newId('app');
  // Validate before anything is written, so a bad policy or upstream leaves no half-created app.
  if (input.firewallPolicy) validatePolicyInput(input.firewallPolicy);
  const config = storedConfig({ config: input.config, mode: input.mode, upstream });
  await db.insert(schema.apps).values({
    id,
    organizationId,
    name: input.name,
    description: input.description,
    mode: input.mode,
    currentVersion: 1,
    createdBy: userId,
  });
  await db.insert(schema.appVersions).values({ id: newId('apv'), appId: id, version: 1, config, createdBy: userId });
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
  upstream,
}: {
  db: Db;
  organizationId: string;
  appId: string;
  userId: string | null;
  input: UpdateAppBody;
  upstream?: UpstreamSealing;
}): Promise<LoadedApp> {
  const current = await findApp({ db, organizationId, appId });
  if (input.firewallPolicy) validatePolicyInput(input.firewallPolicy);
  let version = current.row.currentVersion;
  const config = input.config
    ? storedConfig({ config: input.config, mode: current.row.mode, upstream, previous: current.config })
    : null;
  if (config && JSON.stringify(config) !== JSON.stringify(current.config)) {
    version = await addVersion({ db, appId, config, userId });
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

/** What sealing a Dify upstream's key needs. */
export interface UpstreamSealing {
  box: SecretBox;
  /** The platform's DIFY_API_URL, used when an app names no base URL. */
  defaultBaseUrl?: string | undefined;
}

/** The configuration to store: Dify keys sealed; workflow apps only on Dify (the built-in engine has none yet). */
function storedConfig({
  config,
  mode,
  upstream,
  previous,
}: {
  config: AppConfig;
  mode: CreateAppBody['mode'];
  upstream: UpstreamSealing | undefined;
  previous?: AppConfig;
}): AppConfig {
  if (mode === 'workflow' && !config.upstream) {
    throw new AppError('VALIDATION_FAILED', {
      message: 'Workflow apps run on Dify: set config.upstream (the built-in engine has no workflows yet).',
      details: { issues: [{ path: 'config.upstream', message: 'is required for workflow apps' }] },
    });
  }
  if (!config.upstream) return config;
  if (!upstream) throw new AppError('BAD_REQUEST', { message: 'Dify-backed apps are not available here.' });
  return sealUpstream({ config, box: upstream.box, previous, defaultBaseUrl: upstream.defaultBaseUrl });
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
  forgetVerifiedApiKeys();
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
    config: publicConfig(AppConfigSchema.parse(row.config)),
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  }));
}
