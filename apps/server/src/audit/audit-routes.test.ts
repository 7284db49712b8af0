import { createAuditLog } from '@sigmacode/audit';
import { type Database, schema } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../testing/build-test-app.js';
import { asUser, jsonBody, signIn, signUp, type TestUser, withKey } from '../testing/identity-harness.js';
import type { AuditEntryBody } from './audit-schemas.js';

const SECRET = 'test-secret-test-secret-test-secret-0123';

type Page = { data: AuditEntryBody[]; nextCursor: string | null };

describe.each(testEngines())('the audit log over HTTP on $name', (engine) => {
  let database: Database;
  let app: ReturnType<typeof buildTestApp>;
  let owner: TestUser;
  let operator: TestUser;
  let organizationId: string;

  const list = async (query: string, as: TestUser = owner): Promise<Page> => {
    const res = await app.request(`/api/audit${query}`, { headers: asUser(as) });
    expect(res.status).toBe(200);
    return (await res.json()) as Page;
  };

  beforeAll(async () => {
    database = await engine.create();
    app = buildTestApp({ database, config: { secret: SECRET } });
    owner = await signUp({ app, email: 'owner@audit.test' });
    operator = await signUp({ app, email: 'ops@audit.test' });
    await database.db.update(schema.users).set({ platformRole: 'admin' }).where(eq(schema.users.id, operator.userId));
    const me = (await (await app.request('/api/me', { headers: asUser(owner) })).json()) as {
      organization: { id: string };
    };
    organizationId = me.organization.id;
  });
  afterAll(() => database.close());

  it('records sign-ins, failed sign-ins and sign-outs, with the address and request id', async () => {
    expect((await signIn({ app, email: owner.email, password: 'wrong password 123' })).status).toBe(401);
    const ok = await signIn({ app, email: owner.email, headers: { 'X-Request-Id': 'req-sign-in' } });
    expect(ok.status).toBe(200);
    // A password the policy would refuse is an ordinary failed sign-in for an unknown address.
    const unknown = await signIn({ app, email: 'nobody@audit.test', password: 'abc' });
    expect(unknown.status).toBe(401);

    const page = await list('?limit=500');
    const signIn_ = page.data.find((entry) => entry.action === 'auth.sign_in' && entry.requestId === 'req-sign-in');
    expect(signIn_).toMatchObject({ actorId: owner.userId, actorEmail: owner.email, organizationId });
    expect(page.data.find((entry) => entry.action === 'auth.sign_in_failed')).toMatchObject({
      actorId: null,
      actorEmail: owner.email,
      targetId: owner.userId,
      details: { method: 'email', status: 401, reason: 'rejected' },
    });
    // An unknown address belongs to no organization: the platform chain, for operators only.
    const platform = await list('?organizationId=platform', operator);
    expect(platform.data.map((entry) => [entry.action, entry.actorEmail])).toContainEqual([
      'auth.sign_in_failed',
      'nobody@audit.test',
    ]);
    expect(platform.data[0]?.organizationId).toBeNull();

    const session = { cookie: (ok.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '' };
    const out = await app.request('/api/auth/sign-out', { method: 'POST', headers: asUser(session) });
    expect(out.status).toBe(200);
    expect((await list('?action=auth.sign_out')).data).toEqual([
      expect.objectContaining({ action: 'auth.sign_out', actorId: owner.userId }),
    ]);
  });

  it('records a failed OAuth sign-in (a callback that sets no session) in the platform chain', async () => {
    const oauthApp = buildTestApp({
      database,
      config: { secret: SECRET, oauth: { github: { clientId: 'gh-client', clientSecret: 'gh-secret' } } },
    });
    const callback = await oauthApp.request('/api/auth/callback/github?code=forged&state=forged', {
      headers: { 'X-Request-Id': 'req-oauth-forged' },
    });
    expect(callback.status).toBeGreaterThanOrEqual(300);
    expect(callback.headers.getSetCookie().some((cookie) => cookie.includes('session_token=s'))).toBe(false);
    const platform = await list('?organizationId=platform&action=auth.sign_in_failed', operator);
    expect(platform.data.find((entry) => entry.requestId === 'req-oauth-forged')).toMatchObject({
      actorId: null,
      details: { method: 'github' },
    });
  });

  it('records keys, roles and policies, lists them newest first with filters and cursors, and exports CSV', async () => {
    const created = await app.request(
      '/api/keys',
      jsonBody({ name: 'ci', scopes: ['chat'] }, asUser(owner, { 'X-Request-Id': 'req-key-1' })),
    );
    expect(created.status).toBe(201);
    const key = (await created.json()) as { id: string; secret: string; prefix: string };
    expect((await app.request(`/api/keys/${key.id}`, { method: 'DELETE', headers: asUser(owner) })).status).toBe(200);

    const member = await signUp({ app, email: 'member@audit.test' });
    await database.db
      .insert(schema.members)
      .values({ id: 'mem_audit', organizationId, userId: member.userId, role: 'member' });
    const patched = await app.request(
      '/api/organizations/current/members/mem_audit',
      jsonBody({ role: 'admin' }, asUser(owner), 'PATCH'),
    );
    expect(patched.status).toBe(200);
    expect(
      (
        await app.request(
          '/api/firewall/policy',
          jsonBody({ policy: { version: 1, mode: 'shadow' } }, asUser(owner), 'PUT'),
        )
      ).status,
    ).toBe(200);

    const keys = await list('?targetType=api_key');
    expect(keys.data.map((entry) => entry.action)).toEqual(['api_key.revoked', 'api_key.created']);
    expect(keys.data[1]).toMatchObject({
      actorId: owner.userId,
      actorEmail: owner.email,
      organizationId,
      targetId: key.id,
      requestId: 'req-key-1',
      details: { name: 'ci', prefix: key.prefix, scopes: ['chat'] },
    });
    expect(JSON.stringify(keys)).not.toContain(key.secret);
    expect((await list('?action=member.role_changed')).data[0]).toMatchObject({
      targetId: 'mem_audit',
      details: { userId: member.userId, from: 'member', to: 'admin' },
    });
    expect((await list('?action=firewall.policy_changed')).data[0]?.details).toEqual({
      policy: { version: 1, mode: 'shadow' },
    });

    // Newest first, in pages.
    const first = await list('?limit=2');
    expect(first.data).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = await list(`?limit=2&cursor=${first.nextCursor}`);
    expect(second.data[0]?.seq).toBe((first.data[1]?.seq ?? 0) - 1);
    expect((await list(`?from=2000-01-01&to=2000-01-02`)).data).toEqual([]);

    const csv = await app.request('/api/audit?format=csv&targetType=api_key', { headers: asUser(owner) });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe(
      'id,seq,occurredAt,action,actorId,actorEmail,organizationId,targetType,targetId,ip,requestId,details',
    );
    expect(lines.slice(1).map((line) => line.split(',')[3])).toEqual(['api_key.revoked', 'api_key.created']);
  });

  it('keeps each organization to its own log; operators may read any', async () => {
    const stranger = await signUp({ app, email: 'stranger@audit.test' });
    const denied = await app.request(`/api/audit?organizationId=${organizationId}`, { headers: asUser(stranger) });
    expect(denied.status).toBe(403);
    expect((await list('')).data.every((entry) => entry.organizationId !== organizationId)).toBe(false);
    const theirs = await list('', stranger);
    expect(theirs.data.every((entry) => entry.organizationId !== organizationId)).toBe(true);
    const asOperator = await list(`?organizationId=${organizationId}&action=api_key.created`, operator);
    expect(asOperator.data).toHaveLength(1);
    expect((await app.request('/api/audit?limit=501', { headers: asUser(owner) })).status).toBe(400);
  });

  it('records an enforced firewall block, and the whole log verifies', async () => {
    await app.request(
      '/api/firewall/policy',
      jsonBody({ policy: { version: 1, mode: 'enforce', bannedWords: ['Projekt Falke'] } }, asUser(owner), 'PUT'),
    );
    const granted = await app.request(
      `/api/admin/organizations/${organizationId}/credits`,
      jsonBody({ amount: 100_000, reason: 'audit test' }, asUser(operator)),
    );
    expect(granted.status).toBe(201);
    expect((await list('?action=billing.credit')).data[0]).toMatchObject({
      actorId: operator.userId,
      details: { amount: 100_000, reason: 'audit test', operator: true },
    });
    const created = await app.request('/api/keys', jsonBody({ name: 'chat', scopes: ['chat'] }, asUser(owner)));
    const { secret } = (await created.json()) as { secret: string };
    const blocked = await app.request(
      '/v1/chat/completions',
      jsonBody(
        { model: 'sigmacode/echo', messages: [{ role: 'user', content: 'Tell me about Projekt Falke' }] },
        withKey(secret, { 'X-Request-Id': 'req-blocked' }),
      ),
    );
    expect(blocked.status).toBe(403);
    let entry: AuditEntryBody | undefined;
    for (let attempt = 0; attempt < 50 && !entry; attempt += 1) {
      entry = (await list('?action=firewall.blocked')).data[0];
      if (!entry) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(entry).toMatchObject({
      organizationId,
      requestId: 'req-blocked',
      details: { api: 'openai', direction: 'input' },
    });

    const result = await createAuditLog({ db: database.db, secret: SECRET }).verify();
    expect(result.problems).toEqual([]);
    expect(result.entries.total).toBeGreaterThan(10);
  });
});
