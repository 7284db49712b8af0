import { type Db, schema } from '@sigmacode/db';
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { API_KEY_SCOPES, type ApiKeyScope, permissionsOfRole, permissionsOfScopes } from '../access/permissions.js';
import type { ApiKeyPrincipal } from '../access/principal.js';
import { hashApiKeySecret, looksLikeApiKey } from './api-key-secret.js';

/** last_used_at is written at most this often per key, so a busy key does not cost a write per request. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The principal of an API key, or null when the key is unknown, revoked or expired.
 *
 * @example
 * const principal = await verifyApiKey({ db, secret: bearerToken })
 */
export async function verifyApiKey({
  db,
  secret,
  now = new Date(),
}: {
  db: Db;
  secret: string;
  now?: Date;
}): Promise<ApiKeyPrincipal | null> {
  if (!looksLikeApiKey(secret)) return null;
  const rows = await db
    .select({ key: schema.apiKeys, creatorRole: schema.members.role })
    .from(schema.apiKeys)
    .leftJoin(
      schema.members,
      and(
        eq(schema.members.organizationId, schema.apiKeys.organizationId),
        eq(schema.members.userId, schema.apiKeys.createdByUserId),
      ),
    )
    .where(eq(schema.apiKeys.secretHash, hashApiKeySecret(secret)))
    .limit(1);
  const key = rows[0]?.key;
  if (!key || key.revokedAt || (key.expiresAt && key.expiresAt <= now)) return null;
  // A key never does more than its creator may do now: a demoted creator's keys shrink with them, and a key
  // whose creator left the organization can do nothing (leaving also revokes it).
  const creatorRole = rows[0]?.creatorRole ?? null;
  if (!creatorRole) return null;

  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
    await db
      .update(schema.apiKeys)
      .set({ lastUsedAt: now })
      .where(
        and(
          eq(schema.apiKeys.id, key.id),
          or(isNull(schema.apiKeys.lastUsedAt), lt(schema.apiKeys.lastUsedAt, staleBefore)),
        ),
      );
  }
  const scopes = key.scopes.filter((scope): scope is ApiKeyScope =>
    (API_KEY_SCOPES as readonly string[]).includes(scope),
  );
  return {
    kind: 'api_key',
    keyId: key.id,
    keyKind: key.kind,
    appId: key.appId,
    organizationId: key.organizationId,
    scopes,
    createdByUserId: key.createdByUserId,
    permissions: intersect(permissionsOfScopes(scopes), permissionsOfRole(creatorRole)),
  };
}

function intersect<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): ReadonlySet<T> {
  return new Set([...a].filter((item) => b.has(item)));
}
