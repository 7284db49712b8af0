import { ConsoleErrorBodySchema } from '@sigmacode/core';
import { type Database, schema } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryMailer } from '../infra/mailer/index.js';
import { buildTestApp } from '../testing/build-test-app.js';
import {
  asUser,
  jsonBody,
  sessionCookieOf,
  signIn,
  signUp,
  TEST_ORIGIN,
  TEST_PASSWORD,
  withKey,
} from '../testing/identity-harness.js';
import { forgetVerifiedApiKeys } from './api-keys/verify-api-key.js';
import { MeSchema } from './me/me-schemas.js';

/** node-postgres and PGlite both answer `execute` with `{ rows }`. */
function rowsOf(result: unknown): unknown[] {
  return result && typeof result === 'object' && 'rows' in result && Array.isArray(result.rows) ? result.rows : [];
}

describe.each(testEngines())('identity on $name', (engine) => {
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

  const me = async (headers: Record<string, string>) => app.request('/api/me', { headers });

  describe('accounts and sessions', () => {
    it('signs up, gets a personal organization as owner, and sets a hardened session cookie', async () => {
      const res = await app.request(
        '/api/auth/sign-up/email',
        jsonBody({ email: 'ada@example.com', password: TEST_PASSWORD, name: 'Ada' }, { Origin: TEST_ORIGIN }),
      );
      expect(res.status).toBe(200);
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('sigmacode.session_token='));
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      // The session token travels only in the HttpOnly cookie, never in a body a script could read.
      const token = decodeURIComponent(cookie?.split(';')[0]?.split('=')[1] ?? '').split('.')[0] ?? '';
      const text = await res.clone().text();
      expect(token.length).toBeGreaterThan(10);
      expect(text).not.toContain(token);
      const body = MeSchema.parse(await (await me({ Cookie: sessionCookieOf(res) })).json());
      expect(body).toMatchObject({
        via: 'session',
        user: { email: 'ada@example.com', name: 'Ada', platformRole: 'user' },
        organization: { personal: true },
        role: 'owner',
      });
      expect(body.permissions).toContain('org:delete');
    });

    it('marks the cookie Secure when the platform is served over https', async () => {
      const secureApp = buildTestApp({ database, config: { publicUrl: 'https://sigmacode.example' } });
      const res = await secureApp.request(
        '/api/auth/sign-up/email',
        jsonBody(
          { email: 'sec@example.com', password: TEST_PASSWORD, name: 'Sec' },
          { Origin: 'https://sigmacode.example' },
        ),
      );
      expect(res.status).toBe(200);
      expect(res.headers.getSetCookie().join('\n')).toMatch(/__Secure-sigmacode\.session_token=.*Secure/i);
    });

    it('creates a new session at every sign-in and ends it server-side at sign-out', async () => {
      const ada = await signUp({ app, email: 'ada@example.com' });
      const first = sessionCookieOf(await signIn({ app, email: 'ada@example.com' }));
      const second = sessionCookieOf(await signIn({ app, email: 'ada@example.com' }));
      expect(new Set([ada.cookie, first, second]).size).toBe(3);

      const out = await app.request('/api/auth/sign-out', { method: 'POST', headers: asUser({ cookie: first }) });
      expect(out.status).toBe(200);
      // The old cookie no longer works even if a client keeps sending it.
      expect((await me({ Cookie: first })).status).toBe(401);
      expect((await me({ Cookie: second })).status).toBe(200);
    });

    it('refuses an expired session', async () => {
      const ada = await signUp({ app, email: 'ada@example.com' });
      await database.db.update(schema.sessions).set({ expiresAt: new Date(Date.now() - 1000) });
      expect((await me({ Cookie: ada.cookie })).status).toBe(401);
    });

    it('answers a wrong password with 401 in the console error shape', async () => {
      await signUp({ app, email: 'ada@example.com' });
      const res = await signIn({ app, email: 'ada@example.com', password: 'wrong password 123' });
      expect(res.status).toBe(401);
      expect(ConsoleErrorBodySchema.parse(await res.json()).error.code).toBe('UNAUTHENTICATED');
    });

    it('answers an unknown e-mail with a password the policy would refuse like any wrong password (401, not 500)', async () => {
      const res = await signIn({ app, email: 'nobody@example.com', password: 'abc' });
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    });

    it('refuses a second account with the same e-mail', async () => {
      await signUp({ app, email: 'ada@example.com' });
      const res = await app.request(
        '/api/auth/sign-up/email',
        jsonBody({ email: 'ada@example.com', password: TEST_PASSWORD, name: 'Other' }, { Origin: TEST_ORIGIN }),
      );
      expect(res.status).toBe(409);
    });
  });

  describe('password policy', () => {
    for (const [password, why] of [
      ['short1!', 'shorter than 10'],
      ['password123', 'on the common-password list'],
      ['1234567890', 'on the common-password list'],
    ] as const) {
      it(`refuses a password ${why}, and creates no account`, async () => {
        const res = await app.request(
          '/api/auth/sign-up/email',
          jsonBody({ email: 'weak@example.com', password, name: 'Weak' }, { Origin: TEST_ORIGIN }),
        );
        expect(res.status).toBe(400);
        const body = ConsoleErrorBodySchema.parse(await res.json());
        expect(body.error.code).toBe('VALIDATION_FAILED');
        const users = await database.db.select().from(schema.users);
        expect(users).toHaveLength(0);
      });
    }

    it('stores the password as an argon2id hash with OWASP parameters', async () => {
      await signUp({ app, email: 'ada@example.com' });
      const [account] = await database.db.select().from(schema.accounts);
      expect(account?.password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    });
  });

  describe('brute-force protection', () => {
    it('answers the 11th failed sign-in within 15 minutes with 429 and Retry-After, even with the right password', async () => {
      await signUp({ app, email: 'ada@example.com' });
      for (let attempt = 0; attempt < 10; attempt += 1) {
        expect((await signIn({ app, email: 'ada@example.com', password: `wrong password ${attempt}` })).status).toBe(
          401,
        );
      }
      const blocked = await signIn({ app, email: 'ada@example.com' });
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(ConsoleErrorBodySchema.parse(await blocked.json()).error.code).toBe('RATE_LIMITED');
    });

    it('limits one address across many accounts when behind a trusted proxy', async () => {
      const proxied = buildTestApp({ database, config: { trustProxy: true } });
      const headers = { 'X-Forwarded-For': '203.0.113.7' };
      for (let attempt = 0; attempt < 10; attempt += 1) {
        const res = await signIn({ app: proxied, email: `nobody${attempt}@example.com`, headers });
        expect(res.status).toBe(401);
      }
      expect((await signIn({ app: proxied, email: 'someone-else@example.com', headers })).status).toBe(429);
      const other = await signIn({
        app: proxied,
        email: 'someone-else@example.com',
        headers: { 'X-Forwarded-For': '198.51.100.1' },
      });
      expect(other.status).toBe(401);
    });
  });

  describe('CSRF', () => {
    it('refuses a cookie-authenticated state change from a foreign origin or with no origin at all', async () => {
      const ada = await signUp({ app, email: 'ada@example.com' });
      const foreign = await app.request(
        '/api/keys',
        jsonBody({ name: 'x' }, { Cookie: ada.cookie, Origin: 'https://evil.example' }),
      );
      expect(foreign.status).toBe(403);
      expect(ConsoleErrorBodySchema.parse(await foreign.json()).error.code).toBe('CSRF_REJECTED');
      const bare = await app.request('/api/keys', jsonBody({ name: 'x' }, { Cookie: ada.cookie }));
      expect(bare.status).toBe(403);
      const sameSite = await app.request(
        '/api/keys',
        jsonBody({ name: 'x' }, { Cookie: ada.cookie, 'Sec-Fetch-Site': 'same-origin' }),
      );
      expect(sameSite.status).toBe(201);
      expect((await app.request('/api/keys', jsonBody({ name: 'x' }, asUser(ada)))).status).toBe(201);
      expect(await database.db.select().from(schema.apiKeys)).toHaveLength(2);
    });
  });

  describe('API keys', () => {
    it('returns the secret once, lists only the prefix, and authenticates /api/me as the organization', async () => {
      const ada = await signUp({ app, email: 'ada@example.com' });
      const created = await app.request('/api/keys', jsonBody({ name: 'CI', scopes: ['chat'] }, asUser(ada)));
      expect(created.status).toBe(201);
      const key = (await created.json()) as { id: string; secret: string; prefix: string };
      expect(key.secret).toMatch(/^sk-sc-[A-Za-z0-9_-]{43}$/);
      expect(key.secret.startsWith(key.prefix)).toBe(true);

      const list = await (await app.request('/api/keys', { headers: asUser(ada) })).text();
      expect(list).toContain(key.prefix);
      expect(list).not.toContain(key.secret);

      const viaKey = await me(withKey(key.secret));
      expect(viaKey.status).toBe(200);
      const body = MeSchema.parse(await viaKey.json());
      const viaSession = MeSchema.parse(await (await me(asUser(ada))).json());
      expect(body).toMatchObject({ via: 'api_key', apiKey: { id: key.id, scopes: ['chat'] }, role: null });
      expect(body.organization.id).toBe(viaSession.organization.id);
      const [row] = await database.db.select().from(schema.apiKeys).where(eq(schema.apiKeys.id, key.id));
      expect(row?.lastUsedAt).toBeInstanceOf(Date);
    });

    it('refuses revoked, expired and unknown keys with 401', async () => {
      const ada = await signUp({ app, email: 'ada@example.com' });
      const create = async (body: object) =>
        (await (await app.request('/api/keys', jsonBody(body, asUser(ada)))).json()) as { id: string; secret: string };
      const revoked = await create({ name: 'old' });
      // Used first, so the instance has it verified (cached): the revocation must still take effect at once.
      expect((await me(withKey(revoked.secret))).status).toBe(200);
      expect((await app.request(`/api/keys/${revoked.id}`, { method: 'DELETE', headers: asUser(ada) })).status).toBe(
        200,
      );
      expect((await me(withKey(revoked.secret))).status).toBe(401);

      const expiring = await create({ name: 'soon', expiresAt: new Date(Date.now() + 60_000).toISOString() });
      expect((await me(withKey(expiring.secret))).status).toBe(200);
      await database.db
        .update(schema.apiKeys)
        .set({ expiresAt: new Date(Date.now() - 1) })
        .where(eq(schema.apiKeys.id, expiring.id));
      // A change written past this instance (another instance, the database) reaches it within the few seconds
      // verified keys are kept; forgetting them now stands in for that wait.
      forgetVerifiedApiKeys();
      expect((await me(withKey(expiring.secret))).status).toBe(401);

      expect((await me(withKey(`sk-sc-${'A'.repeat(43)}`))).status).toBe(401);
      expect((await me(withKey('not-a-key'))).status).toBe(401);
    });

    it('refuses an expiry in the past and a scope beyond the creator', async () => {
      const ada = await signUp({ app, email: 'ada@example.com' });
      const past = await app.request(
        '/api/keys',
        jsonBody({ name: 'x', expiresAt: '2020-01-01T00:00:00Z' }, asUser(ada)),
      );
      expect(past.status).toBe(400);
      const chatKey = (await (
        await app.request('/api/keys', jsonBody({ name: 'chat', scopes: ['chat'] }, asUser(ada)))
      ).json()) as {
        secret: string;
      };
      // A chat-only key cannot mint keys at all (no keys:create), let alone admin keys.
      expect(
        (await app.request('/api/keys', jsonBody({ name: 'escalate', scopes: ['admin'] }, withKey(chatKey.secret))))
          .status,
      ).toBe(403);
    });

    it("shrinks a key's permissions when its creator is demoted", async () => {
      const ada = await signUp({ app, email: 'ada@example.com' });
      const bob = await signUp({ app, email: 'bob@example.com' });
      const orgId = MeSchema.parse(await (await me(asUser(ada))).json()).organization.id;
      await database.db
        .insert(schema.members)
        .values({ id: 'mem_bob', organizationId: orgId, userId: bob.userId, role: 'admin' });
      await database.db
        .update(schema.sessions)
        .set({ activeOrganizationId: orgId })
        .where(eq(schema.sessions.userId, bob.userId));
      const key = (await (
        await app.request('/api/keys', jsonBody({ name: 'ops', scopes: ['admin'] }, asUser(bob)))
      ).json()) as {
        secret: string;
      };
      expect(MeSchema.parse(await (await me(withKey(key.secret))).json()).permissions).toContain('members:manage');
      await database.db.update(schema.members).set({ role: 'viewer' }).where(eq(schema.members.id, 'mem_bob'));
      // Demoted behind this instance's back (see above): seen once the verified keys are forgotten.
      forgetVerifiedApiKeys();
      const after = MeSchema.parse(await (await me(withKey(key.secret))).json()).permissions;
      expect(after).not.toContain('members:manage');
      expect(after).toContain('org:read');
      expect((await app.request('/api/keys', jsonBody({ name: 'x' }, withKey(key.secret)))).status).toBe(403);
    });

    it('lets a viewer see nothing of keys and create none', async () => {
      const ada = await signUp({ app, email: 'ada@example.com' });
      const vic = await signUp({ app, email: 'vic@example.com' });
      const orgId = ((await (await me(asUser(ada))).json()) as { organization: { id: string } }).organization.id;
      await database.db
        .insert(schema.members)
        .values({ id: 'mem_vic', organizationId: orgId, userId: vic.userId, role: 'viewer' });
      await database.db
        .update(schema.sessions)
        .set({ activeOrganizationId: orgId })
        .where(eq(schema.sessions.userId, vic.userId));
      expect((await app.request('/api/keys', jsonBody({ name: 'x' }, asUser(vic)))).status).toBe(403);
      expect((await app.request('/api/keys', { headers: asUser(vic) })).status).toBe(403);
    });
  });

  describe('tenant isolation', () => {
    it("answers another organization's key with 404 and leaves it untouched", async () => {
      const ada = await signUp({ app, email: 'ada@example.com' });
      const eve = await signUp({ app, email: 'eve@example.com' });
      const key = (await (await app.request('/api/keys', jsonBody({ name: 'ada' }, asUser(ada)))).json()) as {
        id: string;
        secret: string;
      };
      const res = await app.request(`/api/keys/${key.id}`, { method: 'DELETE', headers: asUser(eve) });
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain(key.id.slice(4));
      expect((await me(withKey(key.secret))).status).toBe(200);
      const eveKeys = (await (await app.request('/api/keys', { headers: asUser(eve) })).json()) as { data: unknown[] };
      expect(eveKeys.data).toEqual([]);
    });
  });

  describe('secrets at rest', () => {
    it('stores no plaintext password or API key anywhere in the database', async () => {
      const ada = await signUp({ app, email: 'ada@example.com' });
      const key = (await (await app.request('/api/keys', jsonBody({ name: 'k' }, asUser(ada)))).json()) as {
        secret: string;
      };
      const tables = await database.db.execute(
        sql`select table_name from information_schema.tables where table_schema = 'public'`,
      );
      let scanned = 0;
      for (const { table_name } of rowsOf(tables) as { table_name: string }[]) {
        const dump = await database.db.execute(sql.raw(`select row_to_json(t)::text as j from "${table_name}" t`));
        const text = JSON.stringify(rowsOf(dump));
        scanned += text.length;
        expect(text, table_name).not.toContain(TEST_PASSWORD);
        expect(text, table_name).not.toContain(key.secret);
        expect(text, table_name).not.toContain(key.secret.slice(14));
      }
      expect(scanned).toBeGreaterThan(0);
    });
  });

  describe('e-mail flows', () => {
    it('sends a verification link that verifies the address', async () => {
      await signUp({ app, email: 'ada@example.com' });
      const mail = mailer.sent.find((m) => m.to === 'ada@example.com' && /confirm/i.test(m.subject));
      const link = mail?.text.match(/https?:\/\/\S+/)?.[0];
      expect(link).toContain('/api/auth/verify-email?token=');
      const url = new URL(link ?? '');
      const res = await app.request(`${url.pathname}${url.search}`);
      expect(res.status).toBeLessThan(400);
      const [user] = await database.db.select().from(schema.users);
      expect(user?.emailVerified).toBe(true);
    });

    it('resets a forgotten password with the e-mailed link and ends the old sessions', async () => {
      const ada = await signUp({ app, email: 'ada@example.com' });
      const ask = await app.request(
        '/api/auth/request-password-reset',
        jsonBody({ email: 'ada@example.com' }, { Origin: TEST_ORIGIN }),
      );
      expect(ask.status).toBe(200);
      const link = mailer.sent.find((m) => /reset/i.test(m.subject))?.text.match(/https?:\/\/\S+/)?.[0] ?? '';
      const token = new URL(link).pathname.split('/').pop() ?? '';
      expect(token.length).toBeGreaterThan(10);
      const newPassword = 'a brand new passphrase 77';
      const reset = await app.request(
        '/api/auth/reset-password',
        jsonBody({ token, newPassword }, { Origin: TEST_ORIGIN }),
      );
      expect(reset.status).toBe(200);
      expect((await me({ Cookie: ada.cookie })).status).toBe(401);
      expect((await signIn({ app, email: 'ada@example.com', password: newPassword })).status).toBe(200);
      expect((await signIn({ app, email: 'ada@example.com' })).status).toBe(401);
    });
  });
});
