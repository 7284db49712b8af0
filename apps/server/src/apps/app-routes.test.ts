import { ConsoleErrorBodySchema } from '@sigmacode/core';
import type { Database } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../testing/build-test-app.js';
import { asUser, jsonBody, signUp, type TestUser, withKey } from '../testing/identity-harness.js';
import { AppSchema, AppVersionListSchema } from './app-schemas.js';

describe.each(testEngines())('apps on $name', (engine) => {
  let database: Database;
  let app: ReturnType<typeof buildTestApp>;
  let owner: TestUser;
  let stranger: TestUser;

  beforeAll(async () => {
    database = await engine.create();
    app = buildTestApp({ database });
    owner = await signUp({ app, email: 'owner@apps.test' });
    stranger = await signUp({ app, email: 'stranger@apps.test' });
  });
  afterAll(async () => {
    await database.close();
  });

  const create = (body: unknown, as: TestUser = owner) => app.request('/api/apps', jsonBody(body, asUser(as)));
  const support = {
    name: 'Support',
    mode: 'chat',
    config: { model: 'sigmacode/echo', systemPrompt: 'You are the support assistant of Acme.' },
  };
  const errorOf = async (res: Response) => ConsoleErrorBodySchema.parse(await res.json()).error;

  it('creates an app with defaults filled in, and versions each configuration change', async () => {
    const res = await create(support);
    expect(res.status).toBe(201);
    const created = AppSchema.parse(await res.json());
    expect(created).toMatchObject({ name: 'Support', mode: 'chat', version: 1, firewallPolicy: null });
    expect(created.config).toMatchObject({ model: 'sigmacode/echo', memoryWindow: 10, tools: [], fallbackModels: [] });

    const patched = await app.request(
      `/api/apps/${created.id}`,
      jsonBody({ config: { ...created.config, systemPrompt: 'Be brief.' } }, asUser(owner), 'PATCH'),
    );
    expect(patched.status).toBe(200);
    expect(AppSchema.parse(await patched.json())).toMatchObject({ version: 2, config: { systemPrompt: 'Be brief.' } });
    // Renaming alone makes no new version.
    const renamed = await app.request(
      `/api/apps/${created.id}`,
      jsonBody({ name: 'Helpdesk' }, asUser(owner), 'PATCH'),
    );
    expect(AppSchema.parse(await renamed.json())).toMatchObject({ name: 'Helpdesk', version: 2 });

    const versions = AppVersionListSchema.parse(
      await (await app.request(`/api/apps/${created.id}/versions`, { headers: asUser(owner) })).json(),
    );
    expect(versions.data.map((version) => [version.version, version.config.systemPrompt])).toEqual([
      [2, 'Be brief.'],
      [1, 'You are the support assistant of Acme.'],
    ]);
  });

  it('stores an app firewall policy, and refuses an invalid one without creating the app', async () => {
    const res = await create({ ...support, name: 'Strict', firewallPolicy: { version: 1, mode: 'shadow' } });
    expect(AppSchema.parse(await res.json()).firewallPolicy).toEqual({ version: 1, mode: 'shadow' });
    const before = (await (await app.request('/api/apps', { headers: asUser(owner) })).json()) as { data: unknown[] };
    const bad = await create({ ...support, name: 'Broken', firewallPolicy: { version: 1, mode: 'loud' } });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).details?.issues).toEqual([expect.objectContaining({ path: 'policy.mode' })]);
    const after = (await (await app.request('/api/apps', { headers: asUser(owner) })).json()) as { data: unknown[] };
    expect(after.data).toHaveLength(before.data.length);
  });

  it('refuses bad configurations with a clear path', async () => {
    const cases: [unknown, string][] = [
      [{ ...support, config: { model: 'gpt-4o' } }, 'config.model'],
      [{ ...support, mode: 'oracle' }, 'mode'],
      [{ ...support, config: { ...support.config, tools: ['rm_rf'] } }, 'config.tools.0'],
      [{ ...support, config: { ...support.config, parameters: { temperature: 5 } } }, 'config.parameters.temperature'],
      [{ ...support, colour: 'red' }, ''],
    ];
    for (const [body, path] of cases) {
      const res = await create(body);
      expect(res.status).toBe(400);
      const issues = ((await errorOf(res)).details?.issues ?? []) as { path: string }[];
      expect(issues.map((issue) => issue.path)).toContain(path);
    }
  });

  it("keeps apps to their organization: another organization's app is 404 everywhere", async () => {
    const mine = AppSchema.parse(await (await create({ ...support, name: 'Private' })).json());
    for (const [method, path] of [
      ['GET', `/api/apps/${mine.id}`],
      ['PATCH', `/api/apps/${mine.id}`],
      ['DELETE', `/api/apps/${mine.id}`],
      ['GET', `/api/apps/${mine.id}/versions`],
      ['GET', `/api/apps/${mine.id}/keys`],
      ['POST', `/api/apps/${mine.id}/keys`],
    ] as const) {
      const body = method === 'PATCH' ? { name: 'x' } : method === 'POST' ? { name: 'x' } : undefined;
      const res = await app.request(
        path,
        body ? jsonBody(body, asUser(stranger), method) : { method, headers: asUser(stranger) },
      );
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    const list = (await (await app.request('/api/apps', { headers: asUser(stranger) })).json()) as { data: unknown[] };
    expect(list.data).toEqual([]);
  });

  it('issues app keys once, lists and revokes them; an app key cannot use the console', async () => {
    const target = AppSchema.parse(await (await create({ ...support, name: 'Keyed' })).json());
    const res = await app.request(`/api/apps/${target.id}/keys`, jsonBody({ name: 'Widget' }, asUser(owner)));
    expect(res.status).toBe(201);
    const key = (await res.json()) as { id: string; secret: string; prefix: string };
    expect(key.secret).toMatch(/^app-[A-Za-z0-9_-]{43}$/);

    const listed = (await (await app.request(`/api/apps/${target.id}/keys`, { headers: asUser(owner) })).json()) as {
      data: { id: string; secret?: string }[];
    };
    expect(listed.data.map((entry) => entry.id)).toEqual([key.id]);
    expect(listed.data[0]?.secret).toBeUndefined();

    expect((await app.request('/api/apps', { headers: withKey(key.secret) })).status).toBe(403);
    expect((await app.request('/api/me', { headers: withKey(key.secret) })).status).toBe(403);

    const revoked = await app.request(`/api/apps/${target.id}/keys/${key.id}`, {
      method: 'DELETE',
      headers: asUser(owner),
    });
    expect(revoked.status).toBe(200);
    expect((await app.request('/api/apps', { headers: withKey(key.secret) })).status).toBe(401);
  });

  it('deletes an app with its keys', async () => {
    const target = AppSchema.parse(await (await create({ ...support, name: 'Doomed' })).json());
    const key = (await (
      await app.request(`/api/apps/${target.id}/keys`, jsonBody({ name: 'k' }, asUser(owner)))
    ).json()) as { secret: string };
    expect((await app.request(`/api/apps/${target.id}`, { method: 'DELETE', headers: asUser(owner) })).status).toBe(
      204,
    );
    expect((await app.request(`/api/apps/${target.id}`, { headers: asUser(owner) })).status).toBe(404);
    expect((await app.request('/api/me', { headers: withKey(key.secret) })).status).toBe(401);
  });
});
