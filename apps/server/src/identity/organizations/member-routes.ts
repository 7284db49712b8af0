import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Db } from '@sigmacode/db';
import { recordAudit } from '../../audit/record-audit.js';
import type { AppEnv } from '../../http/app-env.js';
import { validationHook } from '../../http/errors/validation-hook.js';
import { jsonContent } from '../../routes/json-content.js';
import { consoleRoute, principalOf } from '../access/index.js';
import { changeMemberRole } from './change-member-role.js';
import { leaveOrganization } from './leave-organization.js';
import { listMembers } from './list-members.js';
import { MemberListSchema, MemberSchema, UpdateMemberBodySchema } from './member-schemas.js';
import { organizationErrorResponses } from './organization-error-responses.js';
import { removeMember } from './remove-member.js';
import { userPrincipalOf } from './user-principal-of.js';

const memberParams = z.object({ memberId: z.string().min(1).max(64) });

const listMembersRoute = consoleRoute({
  access: 'members:read',
  method: 'get',
  path: '/api/organizations/current/members',
  tags: ['Organizations'],
  summary: "List the active organization's members",
  responses: { 200: { description: 'Members.', ...jsonContent(MemberListSchema) }, ...organizationErrorResponses },
});

const changeRoleRoute = consoleRoute({
  access: 'members:manage',
  method: 'patch',
  path: '/api/organizations/current/members/{memberId}',
  tags: ['Organizations'],
  summary: "Change a member's role (only owners grant or take away the owner role)",
  request: { params: memberParams, body: { required: true, ...jsonContent(UpdateMemberBodySchema) } },
  responses: { 200: { description: 'The member.', ...jsonContent(MemberSchema) }, ...organizationErrorResponses },
});

const removeMemberRoute = consoleRoute({
  access: 'members:manage',
  method: 'delete',
  path: '/api/organizations/current/members/{memberId}',
  tags: ['Organizations'],
  summary: 'Remove a member (their API keys in the organization are revoked)',
  request: { params: memberParams },
  responses: { 204: { description: 'Removed.' }, ...organizationErrorResponses },
});

const leaveRoute = consoleRoute({
  access: 'session',
  method: 'post',
  path: '/api/organizations/current/leave',
  tags: ['Organizations'],
  summary: 'Leave the active organization; the session falls back to the personal organization',
  responses: { 204: { description: 'Left.' }, ...organizationErrorResponses },
});

/**
 * Members of the caller's active organization.
 *
 * @example
 * app.route('/', memberRoutes({ db }))
 */
export function memberRoutes({ db }: { db: Db }): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(listMembersRoute, async (c) => {
    const data = await listMembers({ db, organizationId: principalOf(c).organizationId });
    return c.json({ data }, 200);
  });
  app.openapi(changeRoleRoute, async (c) => {
    const member = await changeMemberRole({
      db,
      principal: principalOf(c),
      memberId: c.req.valid('param').memberId,
      role: c.req.valid('json').role,
      onChanged: ({ tx, member: changed, from }) =>
        recordAudit({
          c,
          db,
          tx,
          event: {
            action: 'member.role_changed',
            targetType: 'member',
            targetId: changed.id,
            details: { userId: changed.userId, from, to: changed.role },
          },
        }),
    });
    return c.json(member, 200);
  });
  app.openapi(removeMemberRoute, async (c) => {
    const { memberId } = c.req.valid('param');
    await removeMember({ db, principal: principalOf(c), memberId });
    await recordAudit({ c, db, event: { action: 'member.removed', targetType: 'member', targetId: memberId } });
    return c.body(null, 204);
  });
  app.openapi(leaveRoute, async (c) => {
    const principal = userPrincipalOf(c);
    await leaveOrganization({ db, principal });
    await recordAudit({ c, db, event: { action: 'member.left', targetType: 'user', targetId: principal.userId } });
    return c.body(null, 204);
  });
  return app;
}
