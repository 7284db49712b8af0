import { AppError, newId } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { type ApiKeyScope, SCOPE_PERMISSIONS } from '../access/permissions.js';
import type { Principal } from '../access/principal.js';
import type { ApiKey, CreateApiKeyBody } from './api-key-schemas.js';
import { generateApiKeySecret } from './api-key-secret.js';
import { toApiKey } from './to-api-key.js';

const DEFAULT_SCOPES: ApiKeyScope[] = ['chat', 'apps:run'];

/**
 * Creates an organization API key and returns it with its secret (the only time the secret is seen).
 * A key can never do more than its creator: every scope's permissions must be the creator's too.
 *
 * @example
 * const { secret } = await createApiKey({ db, principal, input: { name: 'CI', scopes: ['chat'] } })
 */
export async function createApiKey({
  db,
  principal,
  input,
}: {
  db: Db;
  principal: Principal;
  input: CreateApiKeyBody;
}): Promise<ApiKey & { secret: string }> {
  const scopes = [...new Set(input.scopes ?? DEFAULT_SCOPES)];
  for (const scope of scopes) {
    const missing = SCOPE_PERMISSIONS[scope].filter((permission) => !principal.permissions.has(permission));
    if (missing.length > 0) {
      throw new AppError('FORBIDDEN', {
        message: `You cannot create a key with the scope "${scope}": it would allow more than your role does.`,
        details: { scope, missing },
      });
    }
  }
  const { secret, prefix, hash } = generateApiKeySecret('org');
  const [row] = await db
    .insert(schema.apiKeys)
    .values({
      id: newId('key'),
      organizationId: principal.organizationId,
      kind: 'org',
      name: input.name,
      prefix,
      secretHash: hash,
      scopes,
      createdByUserId: principal.kind === 'user' ? principal.userId : principal.createdByUserId,
      expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
    })
    .returning();
  if (!row) throw new AppError('INTERNAL', { message: 'The key was not stored.' });
  return { ...toApiKey(row), secret };
}
