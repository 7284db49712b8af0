import { ConsoleErrorBodySchema } from '@sigmacode/core';
import { type Database, schema } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryMailer } from '../../infra/mailer/index.js';
import { buildTestApp } from '../../testing/build-test-app.js';
import { asUser, jsonBody, sessionCookieOf, signIn, signUp, type TestUser } from '../../testing/identity-harness.js';
import { MeSchema } from '../me/me-schemas.js';
import {
  AcceptedInvitationSchema,
  InvitationListSchema,
  InvitationLookupSchema,
  InvitationSchema,
} from './invitation-schemas.js';
import { hashInvitationToken } from './invitation-token.js';
import { MyOrganizationSchema } from './organization-schemas.js';

describe.each(testEngines())('invitations on $name', (engine) => {
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

  const createOrganization = async (owner: TestUser, name = 'Acme') => {
    const res = await app.request('/api/organizations', jsonBody({ name }, asUser(owner)));
    expect(res.status).toBe(201);
    return MyOrganizationSchema.parse(await res.json());
  };
  const invite = (by: TestUser, body: { email: string; role?: string }) =>
    app.request('/api/organizations/current/invitations', jsonBody(body, asUser(by)));
  /** The token of the newest invitation e-mailed to this address. */
  const tokenFor = (email: string) => {
    const link = /http:\/\/localhost:3000\/invite\/accept\?token=([A-Za-z0-9_-]{43})/;
    const message = mailer.sent.findLast((sent) => sent.to === email && link.test(sent.text));
    const token = message?.text.match(link)?.[1];
    if (!token) throw new Error(`no invitation link mailed to ${email}`);
    return token;
  };
  const accept = (user: Pick<TestUser, 'cookie'>, token: string) =>
    app.request('/api/invitations/accept', jsonBody({ token }, asUser(user)));
  const lookup = (token: string) => app.request(`/api/invitations/lookup?token=${encodeURIComponent(token)}`);
  const errorOf = async (res: Response) => ConsoleErrorBodySchema.parse(await res.json()).error;

  it('lets an invited person sign up, accept, and act for the organization as the invited role', async () => {
    const alice = await signUp({ app, email: 'alice@example.com' });
    const acme = await createOrganization(alice);

    const invited = await invite(alice, { email: 'Bob@Example.com', role: 'member' });
    expect(invited.status).toBe(201);
    const text = await invited.text();
    const invitation = InvitationSchema.parse(JSON.parse(text));
    expect(invitation).toMatchObject({ email: 'bob@example.com', role: 'member', status: 'pending' });
    const token = tokenFor('bob@example.com');
    expect(text).not.toContain(token);
    const expiresInDays = (Date.parse(invitation.expiresAt) - Date.now()) / 86_400_000;
    expect(expiresInDays).toBeGreaterThan(6.9);
    expect(expiresInDays).toBeLessThanOrEqual(7);
    // Only the hash is stored.
    const [stored] = await database.db
      .select()
      .from(schema.invitations)
      .where(eq(schema.invitations.id, invitation.id));
    expect(stored?.tokenHash).toBe(hashInvitationToken(token));
    expect(stored?.tokenHash).not.toContain(token);

    const before = await lookup(token);
    expect(before.status).toBe(200);
    expect(InvitationLookupSchema.parse(await before.json())).toMatchObject({
      organization: { name: 'Acme' },
      email: 'bob@example.com',
      role: 'member',
      status: 'pending',
    });

    const bob = await signUp({ app, email: 'bob@example.com' });
    const accepted = await accept(bob, token);
    expect(accepted.status).toBe(200);
    expect(AcceptedInvitationSchema.parse(await accepted.json())).toMatchObject({
      organization: { id: acme.id, name: 'Acme' },
      role: 'member',
    });

    const me = MeSchema.parse(await (await app.request('/api/me', { headers: asUser(bob) })).json());
    expect(me.organization.id).toBe(acme.id);
    expect(me.role).toBe('member');

    const again = await accept(bob, token);
    expect(again.status).toBe(409);
    expect((await errorOf(again)).code).toBe('CONFLICT');
    expect(InvitationLookupSchema.parse(await (await lookup(token)).json()).status).toBe('accepted');
  });

  it('refuses an expired invitation with 409', async () => {
    const alice = await signUp({ app, email: 'alice@example.com' });
    await invite(alice, { email: 'bob@example.com', role: 'member' });
    const token = tokenFor('bob@example.com');
    await database.db
      .update(schema.invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(schema.invitations.tokenHash, hashInvitationToken(token)));

    const bob = await signUp({ app, email: 'bob@example.com' });
    const res = await accept(bob, token);
    expect(res.status).toBe(409);
    expect((await errorOf(res)).message).toMatch(/expired/);
    expect(InvitationLookupSchema.parse(await (await lookup(token)).json()).status).toBe('expired');
    const list = await app.request('/api/organizations/current/invitations', { headers: asUser(alice) });
    expect(InvitationListSchema.parse(await list.json()).data).toEqual([]);
  });

  it('lets exactly one of two concurrent accepts of one token succeed', async () => {
    const alice = await signUp({ app, email: 'alice@example.com' });
    const acme = await createOrganization(alice);
    await invite(alice, { email: 'bob@example.com', role: 'admin' });
    const token = tokenFor('bob@example.com');
    const bob = await signUp({ app, email: 'bob@example.com' });
    const otherSession = { cookie: sessionCookieOf(await signIn({ app, email: 'bob@example.com' })) };

    const results = await Promise.all([accept(bob, token), accept(otherSession, token)]);
    expect(results.map((res) => res.status).sort()).toEqual([200, 409]);
    const memberships = await database.db
      .select()
      .from(schema.members)
      .where(and(eq(schema.members.organizationId, acme.id), eq(schema.members.userId, bob.userId)));
    expect(memberships).toHaveLength(1);
  });

  it('refuses a user whose e-mail is not the invited one with 403', async () => {
    const alice = await signUp({ app, email: 'alice@example.com' });
    await invite(alice, { email: 'bob@example.com', role: 'member' });
    const mallory = await signUp({ app, email: 'mallory@example.com' });
    const res = await accept(mallory, tokenFor('bob@example.com'));
    expect(res.status).toBe(403);
    expect((await errorOf(res)).message).toMatch(/bob@example\.com/);
    // The invitation stays usable for the right person.
    const bob = await signUp({ app, email: 'bob@example.com' });
    expect((await accept(bob, tokenFor('bob@example.com'))).status).toBe(200);
  });

  it('answers 404 for an unknown token', async () => {
    const bob = await signUp({ app, email: 'bob@example.com' });
    expect((await lookup('not-a-real-token')).status).toBe(404);
    expect((await accept(bob, 'A'.repeat(43))).status).toBe(404);
  });

  it('needs a signed-in user to accept', async () => {
    const alice = await signUp({ app, email: 'alice@example.com' });
    await invite(alice, { email: 'bob@example.com' });
    const res = await app.request(
      '/api/invitations/accept',
      jsonBody({ token: tokenFor('bob@example.com') }, { Origin: 'http://localhost:3000' }),
    );
    expect(res.status).toBe(401);
  });

  it('replaces a pending invitation to the same address and lists only pending ones', async () => {
    const alice = await signUp({ app, email: 'alice@example.com' });
    await invite(alice, { email: 'bob@example.com', role: 'viewer' });
    const first = tokenFor('bob@example.com');
    await invite(alice, { email: 'bob@example.com', role: 'member' });
    const second = tokenFor('bob@example.com');
    expect(second).not.toBe(first);

    const list = InvitationListSchema.parse(
      await (await app.request('/api/organizations/current/invitations', { headers: asUser(alice) })).json(),
    );
    expect(list.data).toHaveLength(1);
    expect(list.data[0]).toMatchObject({ email: 'bob@example.com', role: 'member', status: 'pending' });

    const bob = await signUp({ app, email: 'bob@example.com' });
    expect((await accept(bob, first)).status).toBe(409);
    expect((await accept(bob, second)).status).toBe(200);
  });

  it('revokes an invitation so its link stops working', async () => {
    const alice = await signUp({ app, email: 'alice@example.com' });
    const created = InvitationSchema.parse(await (await invite(alice, { email: 'bob@example.com' })).json());
    const res = await app.request(`/api/organizations/current/invitations/${created.id}`, {
      method: 'DELETE',
      headers: asUser(alice),
    });
    expect(res.status).toBe(200);
    expect(InvitationSchema.parse(await res.json()).status).toBe('revoked');
    const bob = await signUp({ app, email: 'bob@example.com' });
    const accepted = await accept(bob, tokenFor('bob@example.com'));
    expect(accepted.status).toBe(409);
    expect((await errorOf(accepted)).message).toMatch(/withdrawn/);
  });

  it("answers 404 for another organization's invitation id", async () => {
    const alice = await signUp({ app, email: 'alice@example.com' });
    const created = InvitationSchema.parse(await (await invite(alice, { email: 'bob@example.com' })).json());
    const eve = await signUp({ app, email: 'eve@example.com' });
    const res = await app.request(`/api/organizations/current/invitations/${created.id}`, {
      method: 'DELETE',
      headers: asUser(eve),
    });
    expect(res.status).toBe(404);
    const [stored] = await database.db.select().from(schema.invitations).where(eq(schema.invitations.id, created.id));
    expect(stored?.revokedAt).toBeNull();
  });

  it('refuses to invite someone who already is a member', async () => {
    const alice = await signUp({ app, email: 'alice@example.com' });
    const res = await invite(alice, { email: 'ALICE@example.com', role: 'member' });
    expect(res.status).toBe(409);
    expect(mailer.sent.filter((sent) => sent.to === 'alice@example.com' && /invite/.test(sent.text))).toEqual([]);
  });

  it('lets only owners invite owners, and members not at all', async () => {
    const alice = await signUp({ app, email: 'alice@example.com' });
    await createOrganization(alice);
    await invite(alice, { email: 'adam@example.com', role: 'admin' });
    await invite(alice, { email: 'mia@example.com', role: 'member' });
    const adam = await signUp({ app, email: 'adam@example.com' });
    const mia = await signUp({ app, email: 'mia@example.com' });
    expect((await accept(adam, tokenFor('adam@example.com'))).status).toBe(200);
    expect((await accept(mia, tokenFor('mia@example.com'))).status).toBe(200);

    expect((await invite(adam, { email: 'olga@example.com', role: 'owner' })).status).toBe(403);
    expect((await invite(adam, { email: 'olga@example.com', role: 'admin' })).status).toBe(201);
    expect((await invite(mia, { email: 'olga@example.com', role: 'viewer' })).status).toBe(403);
    expect((await invite(alice, { email: 'olga@example.com', role: 'owner' })).status).toBe(201);
  });

  it('validates the invitation body', async () => {
    const alice = await signUp({ app, email: 'alice@example.com' });
    const res = await invite(alice, { email: 'not-an-email', role: 'member' });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('VALIDATION_FAILED');
  });
});
