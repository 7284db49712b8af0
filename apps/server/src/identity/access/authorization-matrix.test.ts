import type { OrgRole } from '@sigmacode/db';
import { type Database, schema } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../testing/build-test-app.js';
import { asUser, jsonBody, signUp, type TestUser, withKey } from '../../testing/identity-harness.js';
import type { AccessLevel } from './access-level.js';
import { PERMISSIONS, type Permission, ROLE_PERMISSIONS, SCOPE_PERMISSIONS } from './permissions.js';

type Operation = { method: string; path: string; access: AccessLevel; hasBody: boolean; hasParams: boolean };
type Actor = { name: string; headers: Record<string, string>; allowed: (access: AccessLevel) => boolean };

/**
 * The reviewed access table: what each console route must require. A new route fails the test until it is
 * added here, so every access decision is made on purpose and visible in review.
 */
const EXPECTED_ACCESS: Record<string, AccessLevel> = {
  'GET /api/sign-in-methods': 'public',
  'GET /api/me': 'authenticated',
  'GET /api/keys': 'keys:read',
  'POST /api/keys': 'keys:create',
  'DELETE /api/keys/{id}': 'keys:revoke',
  'GET /api/organizations': 'session',
  'POST /api/organizations': 'session',
  'POST /api/organizations/{id}/activate': 'session',
  'GET /api/organizations/current': 'org:read',
  'PATCH /api/organizations/current': 'org:update',
  'DELETE /api/organizations/current': 'org:delete',
  'GET /api/organizations/current/members': 'members:read',
  'PATCH /api/organizations/current/members/{memberId}': 'members:manage',
  'DELETE /api/organizations/current/members/{memberId}': 'members:manage',
  'POST /api/organizations/current/leave': 'session',
  'GET /api/organizations/current/invitations': 'members:manage',
  'POST /api/organizations/current/invitations': 'members:manage',
  'DELETE /api/organizations/current/invitations/{invitationId}': 'members:manage',
  'GET /api/invitations/lookup': 'public',
  'POST /api/invitations/accept': 'session',
  'GET /api/billing/packages': 'public',
  'POST /api/billing/checkout': 'billing:manage',
  'POST /api/billing/portal': 'billing:manage',
  'POST /api/billing/webhook': 'public',
  'GET /api/billing/balance': 'billing:read',
  'GET /api/billing/ledger': 'billing:read',
  'PUT /api/billing/low-balance': 'billing:manage',
  'GET /api/usage': 'usage:read',
  'GET /api/usage.csv': 'usage:read',
  'GET /api/audit': 'audit:read',
  'POST /api/admin/organizations/{id}/credits': 'platform-admin',
  'POST /api/admin/organizations/{id}/refunds': 'platform-admin',
  'GET /api/billing/prices': 'billing:read',
  'GET /api/organizations/current/members/{memberId}/spending': 'billing:read',
  'PUT /api/organizations/current/members/{memberId}/spending-cap': 'billing:manage',
  'GET /api/admin/prices': 'platform-admin',
  'PUT /api/admin/prices/actions/{action}': 'platform-admin',
  'PUT /api/admin/prices/models': 'platform-admin',
  'GET /api/admin/organizations/{id}/prices': 'platform-admin',
  'PUT /api/admin/organizations/{id}/prices/actions/{action}': 'platform-admin',
  'GET /api/apps': 'apps:read',
  'POST /api/apps': 'apps:write',
  'GET /api/apps/{id}': 'apps:read',
  'PATCH /api/apps/{id}': 'apps:write',
  'DELETE /api/apps/{id}': 'apps:write',
  'GET /api/apps/{id}/versions': 'apps:read',
  'POST /api/apps/{id}/keys': 'keys:create',
  'GET /api/apps/{id}/keys': 'keys:read',
  'DELETE /api/apps/{id}/keys/{keyId}': 'keys:revoke',
  'GET /api/firewall/policy': 'firewall:read',
  'PUT /api/firewall/policy': 'firewall:manage',
  'POST /api/firewall/analyze': 'firewall:read',
  'GET /api/firewall/events': 'firewall:read',
  'GET /api/firewall/stats': 'firewall:read',
  'GET /api/models': 'public',
  'GET /api/providers': 'providers:read',
  'PUT /api/providers/{name}': 'providers:manage',
  'DELETE /api/providers/{name}': 'providers:manage',
  'GET /api/tools': 'apps:read',
  'GET /api/mcp-servers': 'providers:read',
  'PUT /api/mcp-servers/{name}': 'providers:manage',
  'DELETE /api/mcp-servers/{name}': 'providers:manage',
  'POST /api/chat': 'apps:run',
  'POST /api/chat/{taskId}/stop': 'apps:run',
  'GET /api/apps/{id}/conversations': 'apps:run',
  'GET /api/apps/{id}/conversations/{conversationId}/messages': 'apps:run',
  'PATCH /api/apps/{id}/conversations/{conversationId}': 'apps:run',
  'DELETE /api/apps/{id}/conversations/{conversationId}': 'apps:run',
  'POST /api/apps/{id}/messages/{messageId}/feedback': 'apps:run',
  'GET /api/apps/{id}/messages/{messageId}/suggested': 'apps:run',
};

/**
 * Paths outside the permission matrix: Better Auth's own endpoints, the public system routes, and the
 * Dify-compatible API (app keys only, each bound to one app: dify-api/app-key-caller.ts and its tests).
 */
const OUTSIDE_MATRIX = [
  /^\/api\/dify\//,
  /^\/api\/auth\//,
  /^\/api\/health$/,
  /^\/api\/docs/,
  /^\/api\/openapi\.json$/,
];

describe.each(testEngines())('authorization matrix on $name', (engine) => {
  let database: Database;
  let app: ReturnType<typeof buildTestApp>;
  let operations: Operation[];
  const actors: Actor[] = [];

  beforeAll(async () => {
    database = await engine.create();
    app = buildTestApp({ database });
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<
        string,
        Record<string, { 'x-access'?: AccessLevel; requestBody?: unknown; parameters?: { in: string }[] }>
      >;
    };
    operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([, op]) => op['x-access'] !== undefined)
        .map(([method, op]) => ({
          method: method.toUpperCase(),
          path,
          access: op['x-access'] as AccessLevel,
          hasBody: op.requestBody !== undefined,
          hasParams: (op.parameters ?? []).some((parameter) => parameter.in === 'path'),
        })),
    );

    // One organization (the owner's personal one) with a member of every role, plus an outsider with their own.
    const owner = await signUp({ app, email: 'owner@matrix.test' });
    const orgId = await activeOrganizationOf(owner);
    const byRole: Partial<Record<OrgRole, TestUser>> = { owner };
    for (const role of ['admin', 'member', 'viewer'] as const) {
      const user = await signUp({ app, email: `${role}@matrix.test` });
      await database.db
        .insert(schema.members)
        .values({ id: `mem_${role}`, organizationId: orgId, userId: user.userId, role });
      await database.db
        .update(schema.sessions)
        .set({ activeOrganizationId: orgId })
        .where(eq(schema.sessions.userId, user.userId));
      byRole[role] = user;
    }
    const outsider = await signUp({ app, email: 'outsider@matrix.test' });

    const roleAllows = (role: OrgRole) => (access: AccessLevel) =>
      access === 'public' ||
      access === 'authenticated' ||
      access === 'session' ||
      (access !== 'platform-admin' && (ROLE_PERMISSIONS[role] as readonly Permission[]).includes(access));
    actors.push({ name: 'anonymous', headers: {}, allowed: (access) => access === 'public' });
    for (const role of ['owner', 'admin', 'member', 'viewer'] as const) {
      const user = byRole[role];
      if (user) actors.push({ name: role, headers: asUser(user), allowed: roleAllows(role) });
    }
    // An owner of another organization: everything in their own organization, nothing of this one (isolation
    // of ids is checked in the tenant-isolation tests).
    actors.push({ name: 'owner of another organization', headers: asUser(outsider), allowed: roleAllows('owner') });

    for (const scopes of [['chat'], ['apps:run'], ['admin']] as const) {
      const res = await app.request('/api/keys', jsonBody({ name: scopes.join('+'), scopes }, asUser(owner)));
      expect(res.status).toBe(201);
      const { secret } = (await res.json()) as { secret: string };
      const granted = new Set<Permission>(scopes.flatMap((scope) => SCOPE_PERMISSIONS[scope]));
      actors.push({
        name: `API key (${scopes.join(', ')})`,
        headers: withKey(secret),
        allowed: (access) =>
          access === 'public' || access === 'authenticated' || (PERMISSIONS as readonly string[]).includes(access)
            ? access === 'public' || access === 'authenticated' || granted.has(access as Permission)
            : false,
      });
    }
  });

  afterAll(async () => {
    await database.close();
  });

  async function activeOrganizationOf(user: TestUser): Promise<string> {
    const me = (await (await app.request('/api/me', { headers: asUser(user) })).json()) as {
      organization: { id: string };
    };
    return me.organization.id;
  }

  it('every console route in the router declares its access level', () => {
    const declared = new Set(operations.map((op) => `${op.method} ${op.path.replaceAll(/\{(\w+)\}/g, ':$1')}`));
    const routed = app.routes
      .filter((route) => route.method !== 'ALL' && route.path.startsWith('/api/'))
      .filter((route) => !OUTSIDE_MATRIX.some((pattern) => pattern.test(route.path)))
      .map((route) => `${route.method} ${route.path}`);
    expect(routed.length).toBeGreaterThan(0);
    expect(routed.filter((route) => !declared.has(route))).toEqual([]);
  });

  it('every route requires exactly what the reviewed access table says', () => {
    const declared = Object.fromEntries(operations.map((op) => [`${op.method} ${op.path}`, op.access]));
    expect(declared).toEqual(EXPECTED_ACCESS);
  });

  it('enforces the matrix for every route, role, API key and anonymous caller', async () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const op of operations) {
      // Ids that exist nowhere: an allowed caller gets 404 (or 400 for a body), so nothing is changed.
      const path = op.path.replaceAll(/\{\w+\}/g, 'does_not_exist');
      for (const actor of actors) {
        const allowed = actor.allowed(op.access);
        // An allowed call to a route with neither input nor id would really act (leave, delete): those have
        // their own tests; denied calls never reach a handler, so they are always safe to make.
        if (allowed && op.method !== 'GET' && !op.hasBody && !op.hasParams) continue;
        const init: RequestInit =
          op.method === 'GET' ? { headers: actor.headers } : jsonBody({}, actor.headers, op.method);
        const res = await app.request(path, init);
        const denied = res.status === 401 || res.status === 403;
        const expected = allowed ? 'allowed' : actor.name === 'anonymous' ? '401' : '403';
        const ok = allowed ? !denied : actor.name === 'anonymous' ? res.status === 401 : res.status === 403;
        if (!ok) mismatches.push(`${op.method} ${op.path} as ${actor.name}: expected ${expected}, got ${res.status}`);
        checked += 1;
      }
    }
    expect(mismatches).toEqual([]);
    // Every route was exercised by most actors; a broken enumeration would check next to nothing.
    expect(checked).toBeGreaterThan(operations.length * (actors.length - 3));
  });
});
