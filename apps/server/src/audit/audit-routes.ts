import { OpenAPIHono } from '@hono/zod-openapi';
import { type AuditLog, MAX_AUDIT_PAGE } from '@sigmacode/audit';
import { AppError } from '@sigmacode/core';
import type { AppEnv } from '../http/app-env.js';
import { validationHook } from '../http/errors/validation-hook.js';
import { consoleRoute, principalOf } from '../identity/access/index.js';
import type { Principal } from '../identity/access/principal.js';
import { consoleErrorResponses } from '../routes/console-error-responses.js';
import { AuditPageSchema, type AuditQuery, AuditQuerySchema } from './audit-schemas.js';
import { renderAuditCsv } from './render-audit-csv.js';
import { toAuditEntryBody } from './to-audit-entry-body.js';

const auditRoute = consoleRoute({
  access: 'audit:read',
  method: 'get',
  path: '/api/audit',
  tags: ['Audit'],
  summary: "The organization's audit log",
  description:
    'Security- and money-relevant actions of the active organization, newest first: sign-ins, keys, members and ' +
    'roles, policies, provider credentials, apps, credits and refunds, firewall blocks, operator actions. ' +
    'Owners and admins; platform operators may name another organization (or `platform`). `format=csv` streams ' +
    'every matching entry as CSV. The log is hash-chained and signed: check it with `npm run cli -- audit verify`.',
  request: { query: AuditQuerySchema },
  responses: {
    200: {
      description: 'A page of entries (JSON), or every matching entry (CSV).',
      content: { 'application/json': { schema: AuditPageSchema }, 'text/csv': { schema: {} } },
    },
    ...consoleErrorResponses,
  },
});

/**
 * GET /api/audit: list and export the audit log of the caller's organization.
 *
 * @example
 * app.route('/', auditRoutes({ audit }))
 */
export function auditRoutes({ audit }: { audit: AuditLog }): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(auditRoute, async (c) => {
    const query = c.req.valid('query');
    const chain = chainFor({ principal: principalOf(c), requested: query.organizationId });
    const filter = filterOf(query);
    if (query.format === 'csv') {
      const csv = renderAuditCsv({
        nextPage: (cursor) =>
          audit.list({ chain, filter, limit: MAX_AUDIT_PAGE, cursor: cursor ?? query.cursor ?? null }),
      });
      return c.body(csv, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="audit-${chain}.csv"`,
      });
    }
    const page = await audit.list({ chain, filter, limit: query.limit, cursor: query.cursor ?? null });
    return c.json({ data: page.entries.map(toAuditEntryBody), nextCursor: page.nextCursor }, 200);
  });
  return app;
}

/** The caller's organization; another one (or `platform`, the chain of no organization) only for operators. */
function chainFor({ principal, requested }: { principal: Principal; requested: string | undefined }): string {
  if (requested === undefined || requested === principal.organizationId) return principal.organizationId;
  if (principal.kind !== 'user' || principal.platformRole !== 'admin') {
    throw new AppError('FORBIDDEN', {
      message: 'Only platform operators may read the audit log of another organization.',
    });
  }
  return requested;
}

function filterOf(query: AuditQuery) {
  const from = query.from ? new Date(query.from) : undefined;
  const to = query.to ? new Date(query.to) : undefined;
  if (from && to && from >= to) throw new AppError('VALIDATION_FAILED', { message: '`from` must be before `to`.' });
  return {
    ...(query.action ? { action: query.action } : {}),
    ...(query.actorId ? { actorId: query.actorId } : {}),
    ...(query.targetType ? { targetType: query.targetType } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}
