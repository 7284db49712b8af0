import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Db } from '@sigmacode/db';
import { recordAudit } from '../../audit/record-audit.js';
import type { AppEnv } from '../../http/app-env.js';
import { validationHook } from '../../http/errors/validation-hook.js';
import type { Mailer } from '../../infra/mailer/index.js';
import { jsonContent } from '../../routes/json-content.js';
import { consoleRoute, principalOf } from '../access/index.js';
import { acceptInvitation } from './accept-invitation.js';
import { createInvitation } from './create-invitation.js';
import {
  AcceptedInvitationSchema,
  AcceptInvitationBodySchema,
  CreateInvitationBodySchema,
  InvitationListSchema,
  InvitationLookupQuerySchema,
  InvitationLookupSchema,
  InvitationSchema,
} from './invitation-schemas.js';
import { listInvitations } from './list-invitations.js';
import { lookupInvitation } from './lookup-invitation.js';
import { organizationErrorResponses } from './organization-error-responses.js';
import { revokeInvitation } from './revoke-invitation.js';
import { userPrincipalOf } from './user-principal-of.js';

const listRoute = consoleRoute({
  access: 'members:manage',
  method: 'get',
  path: '/api/organizations/current/invitations',
  tags: ['Invitations'],
  summary: "List the active organization's pending invitations",
  responses: {
    200: { description: 'Pending invitations.', ...jsonContent(InvitationListSchema) },
    ...organizationErrorResponses,
  },
});

const createRoute = consoleRoute({
  access: 'members:manage',
  method: 'post',
  path: '/api/organizations/current/invitations',
  tags: ['Invitations'],
  summary: 'Invite someone by e-mail (the link goes only to their inbox)',
  request: { body: { required: true, ...jsonContent(CreateInvitationBodySchema) } },
  responses: {
    201: { description: 'The invitation (never its token).', ...jsonContent(InvitationSchema) },
    ...organizationErrorResponses,
  },
});

const revokeRoute = consoleRoute({
  access: 'members:manage',
  method: 'delete',
  path: '/api/organizations/current/invitations/{invitationId}',
  tags: ['Invitations'],
  summary: 'Withdraw an invitation',
  request: { params: z.object({ invitationId: z.string().min(1).max(64) }) },
  responses: {
    200: { description: 'The revoked invitation.', ...jsonContent(InvitationSchema) },
    ...organizationErrorResponses,
  },
});

const lookupRoute = consoleRoute({
  access: 'public',
  method: 'get',
  path: '/api/invitations/lookup',
  tags: ['Invitations'],
  summary: 'What an invitation link is for (for the accept page)',
  request: { query: InvitationLookupQuerySchema },
  responses: {
    200: { description: 'The invitation.', ...jsonContent(InvitationLookupSchema) },
    ...organizationErrorResponses,
  },
});

const acceptRoute = consoleRoute({
  access: 'session',
  method: 'post',
  path: '/api/invitations/accept',
  tags: ['Invitations'],
  summary: "Accept an invitation sent to the signed-in user's e-mail address",
  request: { body: { required: true, ...jsonContent(AcceptInvitationBodySchema) } },
  responses: {
    200: { description: 'The organization joined, now active.', ...jsonContent(AcceptedInvitationSchema) },
    ...organizationErrorResponses,
  },
});

/**
 * Invitations: managed within the caller's active organization, looked up and accepted by token.
 *
 * @example
 * app.route('/', invitationRoutes({ db, mailer, publicUrl: 'https://sigmacode.example' }))
 */
export function invitationRoutes({
  db,
  mailer,
  publicUrl,
}: {
  db: Db;
  mailer: Mailer;
  publicUrl: string;
}): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(listRoute, async (c) => {
    const data = await listInvitations({ db, organizationId: principalOf(c).organizationId });
    return c.json({ data }, 200);
  });
  app.openapi(createRoute, async (c) => {
    const invitation = await createInvitation({
      db,
      mailer,
      publicUrl,
      principal: principalOf(c),
      input: c.req.valid('json'),
    });
    await recordAudit({
      c,
      db,
      event: {
        action: 'invitation.created',
        targetType: 'invitation',
        targetId: invitation.id,
        details: { email: invitation.email, role: invitation.role },
      },
    });
    return c.json(invitation, 201);
  });
  app.openapi(revokeRoute, async (c) => {
    const invitation = await revokeInvitation({
      db,
      organizationId: principalOf(c).organizationId,
      invitationId: c.req.valid('param').invitationId,
    });
    await recordAudit({
      c,
      db,
      event: { action: 'invitation.revoked', targetType: 'invitation', targetId: invitation.id },
    });
    return c.json(invitation, 200);
  });
  app.openapi(lookupRoute, async (c) => c.json(await lookupInvitation({ db, token: c.req.valid('query').token }), 200));
  app.openapi(acceptRoute, async (c) => {
    const principal = userPrincipalOf(c);
    const accepted = await acceptInvitation({ db, principal, token: c.req.valid('json').token });
    await recordAudit({
      c,
      db,
      event: {
        action: 'member.joined',
        organizationId: accepted.organization.id,
        targetType: 'user',
        targetId: principal.userId,
        details: { role: accepted.role },
      },
    });
    return c.json(accepted, 200);
  });
  return app;
}
