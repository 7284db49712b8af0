import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from './fetch-json';
import {
  type Invitation,
  InvitationListSchema,
  InvitationSchema,
  MemberListSchema,
  MemberSchema,
  type Organization,
  OrganizationSchema,
  type Role,
} from './identity-schemas';
import { sendJson, sendNoContent } from './send-json';

/** The active organization's members. */
export function membersQueryOptions() {
  return queryOptions({
    queryKey: ['organization', 'members'],
    queryFn: ({ signal }) =>
      fetchJson({ path: '/api/organizations/current/members', schema: MemberListSchema, init: { signal } }),
  });
}

/** The active organization's invitations (owners and admins only). */
export function invitationsQueryOptions() {
  return queryOptions({
    queryKey: ['organization', 'invitations'],
    queryFn: ({ signal }) =>
      fetchJson({ path: '/api/organizations/current/invitations', schema: InvitationListSchema, init: { signal } }),
  });
}

/**
 * Renames the active organization.
 *
 * @example
 * await renameOrganization({ name: 'Acme' });
 */
export function renameOrganization({ name }: { name: string }): Promise<Organization> {
  return sendJson({ method: 'PATCH', path: '/api/organizations/current', body: { name }, schema: OrganizationSchema });
}

/**
 * Changes a member's role.
 *
 * @example
 * await changeMemberRole({ memberId, role: 'admin' });
 */
export function changeMemberRole({ memberId, role }: { memberId: string; role: Role }) {
  return sendJson({
    method: 'PATCH',
    path: `/api/organizations/current/members/${encodeURIComponent(memberId)}`,
    body: { role },
    schema: MemberSchema,
  });
}

/** Removes a member from the active organization. */
export function removeMember({ memberId }: { memberId: string }): Promise<void> {
  return sendNoContent({
    method: 'DELETE',
    path: `/api/organizations/current/members/${encodeURIComponent(memberId)}`,
  });
}

/**
 * Invites someone by e-mail; the link goes to their inbox only.
 *
 * @example
 * await inviteMember({ email: 'bob@example.com', role: 'member' });
 */
export function inviteMember({ email, role }: { email: string; role: Role }): Promise<Invitation> {
  return sendJson({
    method: 'POST',
    path: '/api/organizations/current/invitations',
    body: { email, role },
    schema: InvitationSchema,
  });
}

/** Withdraws a pending invitation. */
export function withdrawInvitation({ invitationId }: { invitationId: string }): Promise<void> {
  return sendNoContent({
    method: 'DELETE',
    path: `/api/organizations/current/invitations/${encodeURIComponent(invitationId)}`,
  });
}
