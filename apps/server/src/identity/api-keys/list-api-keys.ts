import { type Db, schema } from '@sigmacode/db';
import { and, desc, eq } from 'drizzle-orm';
import type { ApiKey } from './api-key-schemas.js';
import { toApiKey } from './to-api-key.js';

/** The organization's API keys, newest first, revoked ones included (marked by revokedAt). */
export async function listApiKeys({ db, organizationId }: { db: Db; organizationId: string }): Promise<ApiKey[]> {
  const rows = await db
    .select()
    .from(schema.apiKeys)
    .where(and(eq(schema.apiKeys.organizationId, organizationId), eq(schema.apiKeys.kind, 'org')))
    .orderBy(desc(schema.apiKeys.createdAt));
  return rows.map(toApiKey);
}
