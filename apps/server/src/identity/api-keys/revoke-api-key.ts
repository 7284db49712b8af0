import { AppError } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { and, eq } from 'drizzle-orm';
import type { Principal } from '../access/principal.js';
import type { ApiKey } from './api-key-schemas.js';
import { toApiKey } from './to-api-key.js';
import { forgetVerifiedApiKeys } from './verify-api-key.js';

/**
 * Revokes a key of the caller's organization; it stops working at once. Owners and admins may revoke any key,
 * members only their own. A key of another organization is NOT_FOUND, never FORBIDDEN: ids do not leak.
 * Revoking a revoked key returns it unchanged.
 */
export async function revokeApiKey({
  db,
  principal,
  keyId,
}: {
  db: Db;
  principal: Principal;
  keyId: string;
}): Promise<ApiKey> {
  const [row] = await db
    .select()
    .from(schema.apiKeys)
    .where(and(eq(schema.apiKeys.id, keyId), eq(schema.apiKeys.organizationId, principal.organizationId)))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND', { message: 'No such API key.' });
  const ownKey = principal.kind === 'user' && row.createdByUserId === principal.userId;
  if (!ownKey && !principal.permissions.has('members:manage')) {
    throw new AppError('FORBIDDEN', { message: 'Only owners and admins may revoke keys created by others.' });
  }
  if (row.revokedAt) return toApiKey(row);
  const [updated] = await db
    .update(schema.apiKeys)
    .set({ revokedAt: new Date() })
    .where(eq(schema.apiKeys.id, row.id))
    .returning();
  forgetVerifiedApiKeys();
  return toApiKey(updated ?? row);
}
