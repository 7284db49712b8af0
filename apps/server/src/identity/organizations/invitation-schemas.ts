import { z } from '@hono/zod-openapi';
import { OrganizationSummarySchema, OrgRoleSchema } from '../me/me-schemas.js';

export const INVITATION_STATUSES = ['pending', 'accepted', 'expired', 'revoked'] as const;
export const InvitationStatusSchema = z.enum(INVITATION_STATUSES).openapi('InvitationStatus');
export type InvitationStatus = z.infer<typeof InvitationStatusSchema>;

export const InvitationSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    role: OrgRoleSchema,
    status: InvitationStatusSchema,
    invitedByUserId: z.string().nullable(),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    acceptedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .openapi('Invitation');
export type Invitation = z.infer<typeof InvitationSchema>;

export const InvitationListSchema = z.object({ data: z.array(InvitationSchema) }).openapi('InvitationList');

export const CreateInvitationBodySchema = z
  .object({
    email: z.email().max(254).openapi({ description: 'Compared case-insensitively; stored in lower case.' }),
    role: OrgRoleSchema.default('member'),
  })
  .openapi('CreateInvitationBody');
export type CreateInvitationBody = z.infer<typeof CreateInvitationBodySchema>;

/**
 * The token from an invitation link. Any string is looked up (a mangled link is "not found", which the accept page
 * can explain), but nothing longer than a token could plausibly be.
 */
export const InvitationTokenSchema = z
  .string()
  .min(1)
  .max(200)
  .openapi({ description: 'The token from the invitation link.' });

export const InvitationLookupQuerySchema = z.object({ token: InvitationTokenSchema });

export const InvitationLookupSchema = z
  .object({
    organization: z.object({ name: z.string() }),
    email: z.string(),
    role: OrgRoleSchema,
    status: InvitationStatusSchema,
    expiresAt: z.iso.datetime(),
  })
  .openapi('InvitationLookup');
export type InvitationLookup = z.infer<typeof InvitationLookupSchema>;

export const AcceptInvitationBodySchema = z.object({ token: InvitationTokenSchema }).openapi('AcceptInvitationBody');
export type AcceptInvitationBody = z.infer<typeof AcceptInvitationBodySchema>;

export const AcceptedInvitationSchema = z
  .object({
    organization: OrganizationSummarySchema,
    role: OrgRoleSchema.openapi({ description: 'The role held now (an existing membership keeps its role).' }),
  })
  .openapi('AcceptedInvitation');
export type AcceptedInvitation = z.infer<typeof AcceptedInvitationSchema>;
