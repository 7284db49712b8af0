import { z } from '@hono/zod-openapi';
import { OrgRoleSchema } from '../me/me-schemas.js';

export const MemberSchema = z
  .object({
    id: z.string(),
    userId: z.string(),
    email: z.string(),
    name: z.string(),
    role: OrgRoleSchema,
    joinedAt: z.iso.datetime(),
  })
  .openapi('Member');
export type Member = z.infer<typeof MemberSchema>;

export const MemberListSchema = z.object({ data: z.array(MemberSchema) }).openapi('MemberList');

export const UpdateMemberBodySchema = z.object({ role: OrgRoleSchema }).openapi('UpdateMemberBody');
export type UpdateMemberBody = z.infer<typeof UpdateMemberBodySchema>;
