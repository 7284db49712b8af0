import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Db } from '@sigmacode/db';
import { recordAudit } from '../../audit/record-audit.js';
import type { AppEnv } from '../../http/app-env.js';
import { validationHook } from '../../http/errors/validation-hook.js';
import type { Mailer } from '../../infra/mailer/index.js';
import { jsonContent } from '../../routes/json-content.js';
import { consoleRoute, principalOf } from '../access/index.js';
import { activateOrganization } from './activate-organization.js';
import { createOrganization } from './create-organization.js';
import { deleteOrganization } from './delete-organization.js';
import { getCurrentOrganization } from './get-current-organization.js';
import { invitationRoutes } from './invitation-routes.js';
import { listOrganizations } from './list-organizations.js';
import { memberRoutes } from './member-routes.js';
import { organizationErrorResponses } from './organization-error-responses.js';
import {
  CreateOrganizationBodySchema,
  MyOrganizationListSchema,
  MyOrganizationSchema,
  OrganizationSchema,
  UpdateOrganizationBodySchema,
} from './organization-schemas.js';
import { updateOrganization } from './update-organization.js';
import { userPrincipalOf } from './user-principal-of.js';

const listRoute = consoleRoute({
  access: 'session',
  method: 'get',
  path: '/api/organizations',
  tags: ['Organizations'],
  summary: "The signed-in user's organizations, with role and which one is active",
  responses: {
    200: { description: 'Organizations.', ...jsonContent(MyOrganizationListSchema) },
    ...organizationErrorResponses,
  },
});

const createRoute = consoleRoute({
  access: 'session',
  method: 'post',
  path: '/api/organizations',
  tags: ['Organizations'],
  summary: 'Create an organization; the caller becomes its owner and it becomes active',
  request: { body: { required: true, ...jsonContent(CreateOrganizationBodySchema) } },
  responses: {
    201: { description: 'The new organization, now active.', ...jsonContent(MyOrganizationSchema) },
    ...organizationErrorResponses,
  },
});

const activateRoute = consoleRoute({
  access: 'session',
  method: 'post',
  path: '/api/organizations/{id}/activate',
  tags: ['Organizations'],
  summary: 'Switch the session to another organization the user belongs to',
  request: { params: z.object({ id: z.string().min(1).max(64) }) },
  responses: {
    200: { description: 'The organization, now active.', ...jsonContent(MyOrganizationSchema) },
    ...organizationErrorResponses,
  },
});

const getCurrentRoute = consoleRoute({
  access: 'org:read',
  method: 'get',
  path: '/api/organizations/current',
  tags: ['Organizations'],
  summary: 'The active organization',
  responses: {
    200: { description: 'The organization.', ...jsonContent(OrganizationSchema) },
    ...organizationErrorResponses,
  },
});

const updateCurrentRoute = consoleRoute({
  access: 'org:update',
  method: 'patch',
  path: '/api/organizations/current',
  tags: ['Organizations'],
  summary: 'Rename the active organization',
  request: { body: { required: true, ...jsonContent(UpdateOrganizationBodySchema) } },
  responses: {
    200: { description: 'The organization.', ...jsonContent(OrganizationSchema) },
    ...organizationErrorResponses,
  },
});

const deleteCurrentRoute = consoleRoute({
  access: 'org:delete',
  method: 'delete',
  path: '/api/organizations/current',
  tags: ['Organizations'],
  summary: 'Delete the active organization and everything in it (not a personal organization)',
  responses: { 204: { description: 'Deleted.' }, ...organizationErrorResponses },
});

/**
 * Organizations, their members and invitations — all scoped to the caller's active organization except listing,
 * creating and switching organizations, and looking up or accepting an invitation by token.
 *
 * @example
 * app.route('/', organizationRoutes({ db, mailer, publicUrl: deps.config.publicUrl }))
 */
export function organizationRoutes({
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
    const data = await listOrganizations({ db, principal: userPrincipalOf(c) });
    return c.json({ data }, 200);
  });
  app.openapi(createRoute, async (c) => {
    const organization = await createOrganization({ db, principal: userPrincipalOf(c), input: c.req.valid('json') });
    return c.json(organization, 201);
  });
  app.openapi(activateRoute, async (c) => {
    const organization = await activateOrganization({
      db,
      principal: userPrincipalOf(c),
      organizationId: c.req.valid('param').id,
    });
    return c.json(organization, 200);
  });
  app.openapi(getCurrentRoute, async (c) => {
    const organization = await getCurrentOrganization({ db, organizationId: principalOf(c).organizationId });
    return c.json(organization, 200);
  });
  app.openapi(updateCurrentRoute, async (c) => {
    const organization = await updateOrganization({
      db,
      organizationId: principalOf(c).organizationId,
      input: c.req.valid('json'),
    });
    return c.json(organization, 200);
  });
  app.openapi(deleteCurrentRoute, async (c) => {
    const { organizationId } = principalOf(c);
    await deleteOrganization({ db, organizationId });
    // The entry outlives the organization: the audit tables have no foreign keys.
    await recordAudit({
      c,
      db,
      event: { action: 'organization.deleted', targetType: 'organization', targetId: organizationId },
    });
    return c.body(null, 204);
  });
  app.route('/', memberRoutes({ db }));
  app.route('/', invitationRoutes({ db, mailer, publicUrl }));
  return app;
}
