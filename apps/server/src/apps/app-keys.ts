import { AppError, newId } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { and, desc, eq } from 'drizzle-orm';
import type { Principal } from '../identity/access/principal.js';
import type { ApiKey } from '../identity/api-keys/api-key-schemas.js';
import { generateApiKeySecret } from '../identity/api-keys/api-key-secret.js';
import { revokeApiKey } from '../identity/api-keys/revoke-api-key.js';
import { toApiKey } from '../identity/api-keys/to-api-key.js';
import { findApp } from './find-app.js';

/**
 * A new app key (`app-…`) for the app's Dify-compatible API. It runs only this app and nothing of the console;
 * the secret is returned once.
 *
 * @example const key = await createAppKey({ db, principal, appId, input: { name: 'Website widget' } })
 */
export async function createAppKey({
  db,
  principal,
  appId,
  input,
}: {
  db: Db;
  principal: Principal;
  appId: string;
  input: { name: string; expiresAt?: string | undefined };
}): Promise<ApiKey & { secret: string }> {
  await findApp({ db, organizationId: principal.organizationId, appId });
  const { secret, prefix, hash } = generateApiKeySecret('app');
  const [row] = await db
    .insert(schema.apiKeys)
    .values({
      id: newId('key'),
      organizationId: principal.organizationId,
      kind: 'app',
      appId,
      name: input.name,
      prefix,
      secretHash: hash,
      scopes: ['apps:run'],
      createdByUserId: principal.kind === 'user' ? principal.userId : principal.createdByUserId,
      expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
    })
    .returning();
  if (!row) throw new AppError('INTERNAL', { message: 'The key was not stored.' });
  return { ...toApiKey(row), secret };
}

/**
 * The app's keys, newest first, revoked ones included.
 *
 * @example const keys = await listAppKeys({ db, organizationId, appId })
 */
export async function listAppKeys({
  db,
  organizationId,
  appId,
}: {
  db: Db;
  organizationId: string;
  appId: string;
}): Promise<ApiKey[]> {
  await findApp({ db, organizationId, appId });
  const rows = await db
    .select()
    .from(schema.apiKeys)
    .where(
      and(
        eq(schema.apiKeys.organizationId, organizationId),
        eq(schema.apiKeys.kind, 'app'),
        eq(schema.apiKeys.appId, appId),
      ),
    )
    .orderBy(desc(schema.apiKeys.createdAt));
  return rows.map(toApiKey);
}

/**
 * Revokes one of the app's keys (a key of another app or organization is NOT_FOUND).
 *
 * @example await revokeAppKey({ db, principal, appId, keyId })
 */
export async function revokeAppKey({
  db,
  principal,
  appId,
  keyId,
}: {
  db: Db;
  principal: Principal;
  appId: string;
  keyId: string;
}): Promise<ApiKey> {
  const [row] = await db
    .select({ id: schema.apiKeys.id })
    .from(schema.apiKeys)
    .where(
      and(
        eq(schema.apiKeys.id, keyId),
        eq(schema.apiKeys.appId, appId),
        eq(schema.apiKeys.organizationId, principal.organizationId),
      ),
    )
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND', { message: 'No such key of this app.' });
  return revokeApiKey({ db, principal, keyId });
}
