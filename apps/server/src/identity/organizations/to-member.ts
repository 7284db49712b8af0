import { schema } from '@sigmacode/db';
import { type Member, MemberSchema } from './member-schemas.js';

/** The columns a member is shown with: the membership and the person behind it (members joined with users). */
export const memberColumns = {
  id: schema.members.id,
  organizationId: schema.members.organizationId,
  userId: schema.members.userId,
  role: schema.members.role,
  createdAt: schema.members.createdAt,
  email: schema.users.email,
  name: schema.users.name,
};

export interface MemberWithUserRow {
  id: string;
  organizationId: string;
  userId: string;
  role: Member['role'];
  createdAt: Date;
  email: string;
  name: string;
}

/** A membership as the API shows it, parsed through the response schema. */
export function toMember(row: MemberWithUserRow): Member {
  return MemberSchema.parse({
    id: row.id,
    userId: row.userId,
    email: row.email,
    name: row.name,
    role: row.role,
    joinedAt: row.createdAt.toISOString(),
  });
}
