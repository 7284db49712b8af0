import { z } from '@hono/zod-openapi';
import { OrgRoleSchema } from '../me/me-schemas.js';

/** Names appear in e-mail subjects and page titles: no control characters (line breaks included). */
const NameSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[^\p{Cc}]*$/u, { message: 'must not contain control characters' });

export const OrganizationSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    slug: z.string(),
    personal: z.boolean().openapi({ description: "The user's own organization, created at sign-up; never deleted." }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('Organization');
export type Organization = z.infer<typeof OrganizationSchema>;

export const MyOrganizationSchema = OrganizationSchema.extend({
  role: OrgRoleSchema,
  active: z.boolean().openapi({ description: 'Whether this session currently acts for the organization.' }),
}).openapi('MyOrganization');
export type MyOrganization = z.infer<typeof MyOrganizationSchema>;

export const MyOrganizationListSchema = z.object({ data: z.array(MyOrganizationSchema) }).openapi('MyOrganizationList');

export const CreateOrganizationBodySchema = z
  .object({
    name: NameSchema,
    slug: z
      .string()
      .min(2)
      .max(48)
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'use lower-case letters, digits and single dashes' })
      .refine((slug) => !slug.startsWith('personal-'), { message: 'is reserved for personal organizations' })
      .optional()
      .openapi({ description: 'Derived from the name (and made unique) when absent.' }),
  })
  .openapi('CreateOrganizationBody');
export type CreateOrganizationBody = z.infer<typeof CreateOrganizationBodySchema>;

export const UpdateOrganizationBodySchema = z.object({ name: NameSchema }).openapi('UpdateOrganizationBody');
export type UpdateOrganizationBody = z.infer<typeof UpdateOrganizationBodySchema>;
