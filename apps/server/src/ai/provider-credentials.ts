import { AppError, newId } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { type ProviderConfig, ProviderConfigSchema, type SecretBox } from '@sigmacode/engine';
import { and, asc, eq } from 'drizzle-orm';
import { createTtlCache } from '../infra/ttl-cache.js';

/** What the API shows of a credential: never the key or secret headers. */
export interface ProviderCredentialBody {
  id: string;
  name: string;
  type: string;
  settings: Record<string, unknown>;
  hasApiKey: boolean;
  createdAt: string;
  updatedAt: string;
}

const SECRET_FIELDS = ['apiKey', 'headers'] as const;
const cache = createTtlCache<ProviderConfig | null>({ ttlMs: 5_000 });

function split(config: ProviderConfig): { settings: Record<string, unknown>; secret: Record<string, unknown> } {
  const settings: Record<string, unknown> = {};
  const secret: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(config)) {
    if ((SECRET_FIELDS as readonly string[]).includes(field)) secret[field] = value;
    else settings[field] = value;
  }
  return { settings, secret };
}

function toBody(row: typeof schema.providerCredentials.$inferSelect): ProviderCredentialBody {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    settings: row.settings,
    hasApiKey: row.sealedSecret !== null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Names a credential may not take: they mean something else in a model id. */
const RESERVED = new Set(['sigmacode', 'app']);

/**
 * Stores an organization's provider credential: settings in the clear, the API key and headers sealed with the
 * secret box. The config is validated by the engine's schema (VALIDATION_FAILED with paths under `config.`).
 *
 * @example await saveProviderCredential({ db, box, organizationId, name: 'openai', config: { type: 'openai', apiKey } })
 */
export async function saveProviderCredential({
  db,
  box,
  organizationId,
  name,
  config,
  userId,
}: {
  db: Db;
  box: SecretBox;
  organizationId: string;
  name: string;
  config: unknown;
  userId: string | null;
}): Promise<ProviderCredentialBody> {
  if (RESERVED.has(name)) {
    throw new AppError('VALIDATION_FAILED', {
      message: `"${name}" is reserved; choose another name.`,
      details: { issues: [{ path: 'name', message: 'is reserved' }] },
    });
  }
  const parsed = ProviderConfigSchema.safeParse(config);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      path: ['config', ...issue.path.map(String)].join('.'),
      message: issue.message,
    }));
    throw new AppError('VALIDATION_FAILED', {
      message: `Invalid provider configuration: ${issues[0]?.path}: ${issues[0]?.message}`,
      details: { issues },
    });
  }
  const { settings, secret } = split(parsed.data);
  const sealedSecret = Object.keys(secret).length > 0 ? box.seal(JSON.stringify(secret)) : null;
  const now = new Date();
  const [row] = await db
    .insert(schema.providerCredentials)
    .values({
      id: newId('prv'),
      organizationId,
      name,
      type: parsed.data.type,
      settings,
      sealedSecret,
      createdBy: userId,
    })
    .onConflictDoUpdate({
      target: [schema.providerCredentials.organizationId, schema.providerCredentials.name],
      set: { type: parsed.data.type, settings, sealedSecret, updatedAt: now },
    })
    .returning();
  cache.delete(`${organizationId}\u0000${name}`);
  if (!row) throw new AppError('INTERNAL', { message: 'The credential was not stored.' });
  return toBody(row);
}

/** @example const list = await listProviderCredentials({ db, organizationId }) */
export async function listProviderCredentials({
  db,
  organizationId,
}: {
  db: Db;
  organizationId: string;
}): Promise<ProviderCredentialBody[]> {
  const rows = await db
    .select()
    .from(schema.providerCredentials)
    .where(eq(schema.providerCredentials.organizationId, organizationId))
    .orderBy(asc(schema.providerCredentials.name));
  return rows.map(toBody);
}

/** Deletes a credential; another organization's is NOT_FOUND. @example await deleteProviderCredential({ db, organizationId, name }) */
export async function deleteProviderCredential({
  db,
  organizationId,
  name,
}: {
  db: Db;
  organizationId: string;
  name: string;
}): Promise<void> {
  const deleted = await db
    .delete(schema.providerCredentials)
    .where(
      and(eq(schema.providerCredentials.organizationId, organizationId), eq(schema.providerCredentials.name, name)),
    )
    .returning({ id: schema.providerCredentials.id });
  cache.delete(`${organizationId}\u0000${name}`);
  if (deleted.length === 0) throw new AppError('NOT_FOUND', { message: 'No such provider credential.' });
}

/**
 * The organization's credential with this name as a provider config (secret opened), or null. Cached 5 seconds per
 * organization and name (cleared at once on this instance when it changes).
 *
 * @example const config = await loadProviderConfig({ db, box, organizationId, name: 'openai' })
 */
export function loadProviderConfig({
  db,
  box,
  organizationId,
  name,
  now = Date.now(),
}: {
  db: Db;
  box: SecretBox;
  organizationId: string;
  name: string;
  now?: number;
}): Promise<ProviderConfig | null> {
  return cache.get(
    `${organizationId}\u0000${name}`,
    async () => {
      const [row] = await db
        .select()
        .from(schema.providerCredentials)
        .where(
          and(eq(schema.providerCredentials.organizationId, organizationId), eq(schema.providerCredentials.name, name)),
        )
        .limit(1);
      if (!row) return null;
      const secret = row.sealedSecret ? (JSON.parse(box.open(row.sealedSecret)) as Record<string, unknown>) : {};
      return ProviderConfigSchema.parse({ ...row.settings, ...secret, type: row.type });
    },
    now,
  );
}
