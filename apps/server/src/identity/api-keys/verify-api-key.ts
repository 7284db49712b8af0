import { type Db, schema } from '@sigmacode/db';
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { createTtlCache } from '../../infra/ttl-cache.js';
import { API_KEY_SCOPES, type ApiKeyScope, permissionsOfRole, permissionsOfScopes } from '../access/permissions.js';
import type { ApiKeyPrincipal } from '../access/principal.js';
import { hashApiKeySecret, looksLikeApiKey } from './api-key-secret.js';

/** last_used_at is written at most this often per key, so a busy key does not cost a write per request. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Verified keys by secret hash, for a few seconds: a busy key costs one database read per period, not one per
 * request. Only valid keys are kept (unknown secrets always ask the database). This instance forgets them all at
 * once when it changes a key or a membership ({@link forgetVerifiedApiKeys}); another instance's change (a
 * revocation, a demotion) reaches this one within the TTL.
 */
const verified = createTtlCache<VerifiedKey | null>({ ttlMs: 5_000, maxEntries: 10_000 });

interface VerifiedKey {
  principal: ApiKeyPrincipal;
  expiresAt: Date | null;
}

/**
 * Forgets every verified key, so the next request of each reads the database again. Called by whatever changes
 * keys or memberships (revocation, role change, leaving, deleting an organization).
 *
 * @example await revokeApiKey(...); forgetVerifiedApiKeys()
 */
export function forgetVerifiedApiKeys(): void {
  verified.deleteWhere(() => true);
}

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
  const hash = hashApiKeySecret(secret);
  const key = await verified.get(hash, () => loadKey({ db, hash, now }));
  if (!key) {
    verified.delete(hash);
    return null;
  }
  if (key.expiresAt && key.expiresAt <= now) {
    verified.delete(hash);
    return null;
  }
  return key.principal;
}

async function loadKey({ db, hash, now }: { db: Db; hash: string; now: Date }): Promise<VerifiedKey | null> {
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
    .where(eq(schema.apiKeys.secretHash, hash))
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
  const principal: ApiKeyPrincipal = {
    kind: 'api_key',
    keyId: key.id,
    keyKind: key.kind,
    appId: key.appId,
    organizationId: key.organizationId,
    scopes,
    createdByUserId: key.createdByUserId,
    permissions: intersect(permissionsOfScopes(scopes), permissionsOfRole(creatorRole)),
  };
  return { principal, expiresAt: key.expiresAt };
}

function intersect<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): ReadonlySet<T> {
  return new Set([...a].filter((item) => b.has(item)));
}
