import { z } from 'zod';

// Response shapes of the identity routes (checked against /api/openapi.json); unknown fields are ignored.

export const ROLES = ['owner', 'admin', 'member', 'viewer'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const SignInMethodsSchema = z.object({
  emailPassword: z.boolean(),
  google: z.boolean(),
  github: z.boolean(),
  emailDelivery: z.boolean(),
});
export type SignInMethods = z.infer<typeof SignInMethodsSchema>;

export const AuthUserSchema = z.object({ id: z.string(), email: z.string(), name: z.string() });
export const AuthResultSchema = z.object({ user: AuthUserSchema });

const OrganizationRefSchema = z.object({ id: z.string(), name: z.string(), slug: z.string(), personal: z.boolean() });

export const MeSchema = z.object({
  via: z.enum(['session', 'api_key']),
  user: z
    .object({
      id: z.string(),
      email: z.string(),
      name: z.string(),
      emailVerified: z.boolean(),
      image: z.string().nullable(),
      platformRole: z.enum(['user', 'admin']),
    })
    .nullable(),
  organization: OrganizationRefSchema,
  role: RoleSchema.nullable(),
  permissions: z.array(z.string()),
  organizations: z.array(OrganizationRefSchema.extend({ role: RoleSchema.nullable() })),
});
export type Me = z.infer<typeof MeSchema>;

export const OrganizationSchema = OrganizationRefSchema.extend({ createdAt: z.string(), updatedAt: z.string() });
export type Organization = z.infer<typeof OrganizationSchema>;

export const MemberSchema = z.object({
  id: z.string(),
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema.nullable(),
  joinedAt: z.string(),
});
export type Member = z.infer<typeof MemberSchema>;
export const MemberListSchema = z.object({ data: z.array(MemberSchema) });

export const InvitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: RoleSchema.nullable(),
  status: z.enum(['pending', 'accepted', 'expired', 'revoked']),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type Invitation = z.infer<typeof InvitationSchema>;
export const InvitationListSchema = z.object({ data: z.array(InvitationSchema) });

export const KEY_SCOPES = ['chat', 'apps:run', 'admin'] as const;
export type KeyScope = (typeof KEY_SCOPES)[number];

export const ApiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.enum(KEY_SCOPES)),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiKey = z.infer<typeof ApiKeySchema>;
export const ApiKeyListSchema = z.object({ data: z.array(ApiKeySchema) });
export const CreatedApiKeySchema = ApiKeySchema.extend({ secret: z.string() });
export type CreatedApiKey = z.infer<typeof CreatedApiKeySchema>;
