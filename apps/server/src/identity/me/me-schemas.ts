import { z } from '@hono/zod-openapi';
import { ORG_ROLES } from '@sigmacode/db';
import { PERMISSIONS } from '../access/permissions.js';
import { ApiKeyScopeSchema } from '../api-keys/api-key-schemas.js';

export const OrgRoleSchema = z.enum(ORG_ROLES).openapi('OrgRole');

export const OrganizationSummarySchema = z
  .object({ id: z.string(), name: z.string(), slug: z.string(), personal: z.boolean() })
  .openapi('OrganizationSummary');

export const MeSchema = z
  .object({
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
      .nullable()
      .openapi({ description: 'The signed-in user; for an API key, the user who created it (if still present).' }),
    apiKey: z
      .object({ id: z.string(), name: z.string(), prefix: z.string(), scopes: z.array(ApiKeyScopeSchema) })
      .nullable(),
    organization: OrganizationSummarySchema,
    role: OrgRoleSchema.nullable().openapi({ description: "The user's role in the organization; null for API keys." }),
    permissions: z.array(z.enum(PERMISSIONS)),
    organizations: z
      .array(OrganizationSummarySchema.extend({ role: OrgRoleSchema }))
      .openapi({ description: 'Every organization the user belongs to (empty for API keys).' }),
  })
  .openapi('Me');
export type Me = z.infer<typeof MeSchema>;
