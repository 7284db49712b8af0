import { AppError } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { asc, eq } from 'drizzle-orm';
import { PERMISSIONS } from '../access/permissions.js';
import type { Principal } from '../access/principal.js';
import { type Me, MeSchema } from './me-schemas.js';

/** Who the caller is, for which organization, with which role and permissions. */
export async function getMe({ db, principal }: { db: Db; principal: Principal }): Promise<Me> {
  const [organization] = await db
    .select({
      id: schema.organizations.id,
      name: schema.organizations.name,
      slug: schema.organizations.slug,
      personal: schema.organizations.personal,
    })
    .from(schema.organizations)
    .where(eq(schema.organizations.id, principal.organizationId))
    .limit(1);
  if (!organization) throw new AppError('NOT_FOUND', { message: 'The organization no longer exists.' });

  const userId = principal.kind === 'user' ? principal.userId : principal.createdByUserId;
  const [user] = userId ? await db.select().from(schema.users).where(eq(schema.users.id, userId)).limit(1) : [];
  const [key] =
    principal.kind === 'api_key'
      ? await db.select().from(schema.apiKeys).where(eq(schema.apiKeys.id, principal.keyId)).limit(1)
      : [];
  const organizations =
    principal.kind === 'user'
      ? await db
          .select({
            id: schema.organizations.id,
            name: schema.organizations.name,
            slug: schema.organizations.slug,
            personal: schema.organizations.personal,
            role: schema.members.role,
          })
          .from(schema.members)
          .innerJoin(schema.organizations, eq(schema.organizations.id, schema.members.organizationId))
          .where(eq(schema.members.userId, principal.userId))
          .orderBy(asc(schema.members.createdAt))
      : [];

  return MeSchema.parse({
    via: principal.kind === 'user' ? 'session' : 'api_key',
    user: user
      ? {
          id: user.id,
          email: user.email,
          name: user.name,
          emailVerified: user.emailVerified,
          image: user.image,
          platformRole: user.platformRole,
        }
      : null,
    apiKey: key
      ? { id: key.id, name: key.name, prefix: key.prefix, scopes: principal.kind === 'api_key' ? principal.scopes : [] }
      : null,
    organization,
    role: principal.kind === 'user' ? principal.role : null,
    permissions: PERMISSIONS.filter((permission) => principal.permissions.has(permission)),
    organizations,
  });
}
