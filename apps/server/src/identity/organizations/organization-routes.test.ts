import { ConsoleErrorBodySchema } from '@sigmacode/core';
import { type Database, type OrgRole, schema } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryMailer } from '../../infra/mailer/index.js';
import { buildTestApp } from '../../testing/build-test-app.js';
import { asUser, jsonBody, signUp, type TestUser, withKey } from '../../testing/identity-harness.js';
import { CreatedApiKeySchema } from '../api-keys/api-key-schemas.js';
import { MeSchema } from '../me/me-schemas.js';
import { MemberListSchema, MemberSchema } from './member-schemas.js';
import { MyOrganizationListSchema, MyOrganizationSchema, OrganizationSchema } from './organization-schemas.js';

describe.each(testEngines())('organizations and members on $name', (engine) => {
  let database: Database;
  let app: ReturnType<typeof buildTestApp>;
  let mailer: ReturnType<typeof createMemoryMailer>;

  beforeEach(async () => {
    database = await engine.create();
    mailer = createMemoryMailer();
    app = buildTestApp({ database, mailer });
  });
  afterEach(async () => {
    await database.close();
  });

  const get = (path: string, user: TestUser) => app.request(path, { headers: asUser(user) });
  const send = (method: string, path: string, user: TestUser, body?: unknown) =>
    app.request(path, body === undefined ? { method, headers: asUser(user) } : jsonBody(body, asUser(user), method));
  const me = async (user: TestUser) => MeSchema.parse(await (await get('/api/me', user)).json());
  const errorOf = async (res: Response) => ConsoleErrorBodySchema.parse(await res.json()).error;

  const createOrganization = async (owner: TestUser, body: { name: string; slug?: string } = { name: 'Acme' }) => {
    const res = await send('POST', '/api/organizations', owner, body);
    expect(res.status).toBe(201);
    return MyOrganizationSchema.parse(await res.json());
  };
  /** Brings a new user into the inviter's active organization through the real invitation flow. */
  const join = async ({ inviter, email, role }: { inviter: TestUser; email: string; role: OrgRole }) => {
    expect((await send('POST', '/api/organizations/current/invitations', inviter, { email, role })).status).toBe(201);
    const token = mailer.sent.findLast((sent) => sent.to === email)?.text.match(/token=([A-Za-z0-9_-]{43})/)?.[1];
    const user = await signUp({ app, email });
    expect((await send('POST', '/api/invitations/accept', user, { token })).status).toBe(200);
    return user;
  };
  const members = async (user: TestUser) =>
    MemberListSchema.parse(await (await get('/api/organizations/current/members', user)).json()).data;
  const memberIdOf = async (viewer: TestUser, email: string) => {
    const found = (await members(viewer)).find((member) => member.email === email);
    if (!found) throw new Error(`${email} is not a member`);
    return found.id;
  };

  describe('organizations', () => {
    it("lists a new user's personal organization, owned and active, right after sign-up", async () => {
      const alice = await signUp({ app, email: 'alice@example.com' });
      const res = await get('/api/organizations', alice);
      expect(res.status).toBe(200);
      const { data } = MyOrganizationListSchema.parse(await res.json());
      expect(data).toHaveLength(1);
      expect(data[0]).toMatchObject({ personal: true, role: 'owner', active: true });
    });

    it('creates an organization with a unique slug, makes the caller owner and switches the session to it', async () => {
      const alice = await signUp({ app, email: 'alice@example.com' });
      const acme = await createOrganization(alice, { name: 'Acme Research, Inc.' });
      expect(acme).toMatchObject({ slug: 'acme-research-inc', role: 'owner', active: true, personal: false });
      expect((await me(alice)).organization.id).toBe(acme.id);

      const twin = await createOrganization(alice, { name: 'Acme Research Inc' });
      expect(twin.slug).toMatch(/^acme-research-inc-[0-9a-z]{6}$/);
      const { data } = MyOrganizationListSchema.parse(await (await get('/api/organizations', alice)).json());
      expect(data.map((organization) => [organization.personal, organization.active])).toEqual([
        [true, false],
        [false, false],
        [false, true],
      ]);
    });

    it('refuses a slug that is taken or reserved', async () => {
      const alice = await signUp({ app, email: 'alice@example.com' });
      await createOrganization(alice, { name: 'Acme', slug: 'acme' });
      const taken = await send('POST', '/api/organizations', alice, { name: 'Other', slug: 'acme' });
      expect(taken.status).toBe(409);
      const reserved = await send('POST', '/api/organizations', alice, { name: 'Mine', slug: 'personal-x1' });
      expect(reserved.status).toBe(400);
    });

    it('switching organizations changes the organization /api/me acts for', async () => {
      const alice = await signUp({ app, email: 'alice@example.com' });
      const personal = (await me(alice)).organization;
      const acme = await createOrganization(alice);

      const back = await send('POST', `/api/organizations/${personal.id}/activate`, alice);
      expect(back.status).toBe(200);
      expect(MyOrganizationSchema.parse(await back.json())).toMatchObject({ id: personal.id, active: true });
      expect((await me(alice)).organization.id).toBe(personal.id);

      expect((await send('POST', `/api/organizations/${acme.id}/activate`, alice)).status).toBe(200);
      expect(await me(alice)).toMatchObject({ organization: { id: acme.id }, role: 'owner' });
    });

    it("answers 404, never 403, for another organization's id, and the session stays where it was", async () => {
      const alice = await signUp({ app, email: 'alice@example.com' });
      const acme = await createOrganization(alice);
      const eve = await signUp({ app, email: 'eve@example.com' });
      const before = (await me(eve)).organization.id;

      const foreign = await send('POST', `/api/organizations/${acme.id}/activate`, eve);
      const unknown = await send('POST', '/api/organizations/org_doesnotexist0000000/activate', eve);
      expect(foreign.status).toBe(404);
      expect(unknown.status).toBe(404);
      expect((await errorOf(foreign)).message).toBe((await errorOf(unknown)).message);
      expect((await me(eve)).organization.id).toBe(before);
    });

    it('reads and renames the active organization', async () => {
      const alice = await signUp({ app, email: 'alice@example.com' });
      const acme = await createOrganization(alice);
      const current = OrganizationSchema.parse(await (await get('/api/organizations/current', alice)).json());
      expect(current).toMatchObject({ id: acme.id, name: 'Acme' });

      const renamed = await send('PATCH', '/api/organizations/current', alice, { name: '  Acme GmbH ' });
      expect(renamed.status).toBe(200);
      expect(OrganizationSchema.parse(await renamed.json())).toMatchObject({ name: 'Acme GmbH', slug: 'acme' });
      expect((await send('PATCH', '/api/organizations/current', alice, { name: 'Bad\nName' })).status).toBe(400);
    });

    it('gives a viewer 403 when renaming the organization', async () => {
      const alice = await signUp({ app, email: 'alice@example.com' });
      await createOrganization(alice);
      const victor = await join({ inviter: alice, email: 'victor@example.com', role: 'viewer' });
      expect((await get('/api/organizations/current', victor)).status).toBe(200);
      const res = await send('PATCH', '/api/organizations/current', victor, { name: 'Mine now' });
      expect(res.status).toBe(403);
      expect((await errorOf(res)).code).toBe('FORBIDDEN');
    });

    it('refuses to delete a personal organization with 409', async () => {
      const alice = await signUp({ app, email: 'alice@example.com' });
      const res = await send('DELETE', '/api/organizations/current', alice);
      expect(res.status).toBe(409);
      expect((await errorOf(res)).message).toMatch(/personal organization cannot be deleted/);
    });

    it('deletes an organization and every session acting for it falls back to the personal one', async () => {
      const alice = await signUp({ app, email: 'alice@example.com' });
      const personal = (await me(alice)).organization;
      const acme = await createOrganization(alice);
      const bob = await join({ inviter: alice, email: 'bob@example.com', role: 'admin' });
      expect((await me(bob)).organization.id).toBe(acme.id);
      // Admins may do everything but delete the organization.
      expect((await send('DELETE', '/api/organizations/current', bob)).status).toBe(403);

      expect((await send('DELETE', '/api/organizations/current', alice)).status).toBe(204);
      expect((await me(alice)).organization.id).toBe(personal.id);
      expect((await me(bob)).organization).toMatchObject({ personal: true });
      const rows = await database.db.select().from(schema.organizations).where(eq(schema.organizations.id, acme.id));
      expect(rows).toEqual([]);
    });

    it('keeps API keys out of the routes that need a signed-in person', async () => {
      const alice = await signUp({ app, email: 'alice@example.com' });
      const created = await send('POST', '/api/keys', alice, { name: 'ops', scopes: ['admin'] });
      const { secret } = CreatedApiKeySchema.parse(await created.json());
      expect((await app.request('/api/organizations', { headers: withKey(secret) })).status).toBe(403);
      expect((await app.request('/api/organizations/current', { headers: withKey(secret) })).status).toBe(200);
    });
  });

  describe('members', () => {
    it('lists members with e-mail, name, role and when they joined', async () => {
      const alice = await signUp({ app, email: 'alice@example.com' });
      await createOrganization(alice);
      const bob = await join({ inviter: alice, email: 'bob@example.com', role: 'member' });
      const list = await members(bob);
      expect(list.map(({ email, name, role }) => ({ email, name, role }))).toEqual([
        { email: 'alice@example.com', name: 'alice', role: 'owner' },
        { email: 'bob@example.com', name: 'bob', role: 'member' },
      ]);
      expect(list.every((member) => !Number.isNaN(Date.parse(member.joinedAt)))).toBe(true);
    });

    it('lets an admin change other roles but never make, change or remove an owner', async () => {
      const alice = await signUp({ app, email: 'alice@example.com' });
      await createOrganization(alice);
      const adam = await join({ inviter: alice, email: 'adam@example.com', role: 'admin' });
      await join({ inviter: alice, email: 'carol@example.com', role: 'member' });
      const carol = await memberIdOf(alice, 'carol@example.com');
      const aliceId = await memberIdOf(alice, 'alice@example.com');
      const adamId = await memberIdOf(alice, 'adam@example.com');

      const promote = await send('PATCH', `/api/organizations/current/members/${carol}`, adam, { role: 'owner' });
      expect(promote.status).toBe(403);
      expect(
        (await send('PATCH', `/api/organizations/current/members/${adamId}`, adam, { role: 'owner' })).status,
      ).toBe(403);
      expect(
        (await send('PATCH', `/api/organizations/current/members/${aliceId}`, adam, { role: 'viewer' })).status,
      ).toBe(403);
      expect((await send('DELETE', `/api/organizations/current/members/${aliceId}`, adam)).status).toBe(403);

      const demote = await send('PATCH', `/api/organizations/current/members/${carol}`, adam, { role: 'viewer' });
      expect(demote.status).toBe(200);
      expect(MemberSchema.parse(await demote.json())).toMatchObject({ email: 'carol@example.com', role: 'viewer' });
      expect((await send('DELETE', `/api/organizations/current/members/${carol}`, adam)).status).toBe(204);
      expect((await members(alice)).map((member) => member.email)).toEqual(['alice@example.com', 'adam@example.com']);

      const owner = await send('PATCH', `/api/organizations/current/members/${adamId}`, alice, { role: 'owner' });
      expect(owner.status).toBe(200);
    });

    it('keeps a member from managing members', async () => {
      const alice = await signUp({ app, email: 'alice@example.com' });
      await createOrganization(alice);
      const mia = await join({ inviter: alice, email: 'mia@example.com', role: 'member' });
      const miaId = await memberIdOf(alice, 'mia@example.com');
      expect((await send('PATCH', `/api/organizations/current/members/${miaId}`, mia, { role: 'admin' })).status).toBe(
        403,
      );
    });

    it('never lets the last owner be demoted, removed or leave', async () => {
      const alice = await signUp({ app, email: 'alice@example.com' });
      await createOrganization(alice);
      const aliceId = await memberIdOf(alice, 'alice@example.com');

      const demote = await send('PATCH', `/api/organizations/current/members/${aliceId}`, alice, { role: 'admin' });
      expect(demote.status).toBe(409);
      expect((await errorOf(demote)).message).toMatch(/last owner/);
      expect((await send('DELETE', `/api/organizations/current/members/${aliceId}`, alice)).status).toBe(409);
      const leave = await send('POST', '/api/organizations/current/leave', alice);
      expect(leave.status).toBe(409);
      expect((await errorOf(leave)).message).toMatch(/last owner/);

      // With a second owner, the first may step down.
      await join({ inviter: alice, email: 'olga@example.com', role: 'owner' });
      expect(
        (await send('PATCH', `/api/organizations/current/members/${aliceId}`, alice, { role: 'admin' })).status,
      ).toBe(200);
      expect((await me(alice)).role).toBe('admin');
    });

    it('lets nobody leave their own personal organization', async () => {
      const alice = await signUp({ app, email: 'alice@example.com' });
      const res = await send('POST', '/api/organizations/current/leave', alice);
      expect(res.status).toBe(409);
      expect((await errorOf(res)).message).toMatch(/personal organization/);
    });

    it('lets a member leave: the session falls back to the personal organization and their keys stop working', async () => {
      const alice = await signUp({ app, email: 'alice@example.com' });
      const acme = await createOrganization(alice);
      const bob = await join({ inviter: alice, email: 'bob@example.com', role: 'member' });
      const { secret } = CreatedApiKeySchema.parse(
        await (await send('POST', '/api/keys', bob, { name: 'bob-ci', scopes: ['chat'] })).json(),
      );
      expect((await app.request('/api/me', { headers: withKey(secret) })).status).toBe(200);

      expect((await send('POST', '/api/organizations/current/leave', bob)).status).toBe(204);
      expect((await me(bob)).organization).toMatchObject({ personal: true });
      expect((await send('POST', `/api/organizations/${acme.id}/activate`, bob)).status).toBe(404);
      expect((await app.request('/api/me', { headers: withKey(secret) })).status).toBe(401);
    });

    it('answers 404 for a member id of another organization', async () => {
      const alice = await signUp({ app, email: 'alice@example.com' });
      await createOrganization(alice);
      const aliceId = await memberIdOf(alice, 'alice@example.com');
      const eve = await signUp({ app, email: 'eve@example.com' });

      expect(
        (await send('PATCH', `/api/organizations/current/members/${aliceId}`, eve, { role: 'viewer' })).status,
      ).toBe(404);
      expect((await send('DELETE', `/api/organizations/current/members/${aliceId}`, eve)).status).toBe(404);
      expect((await me(alice)).role).toBe('owner');
    });
  });
});
