import { type Database, schema } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import { createLedger, type Ledger } from '@sigmacode/ledger';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../testing/build-test-app.js';
import { asUser, jsonBody, signUp, type TestUser } from '../testing/identity-harness.js';
import { BalanceSchema, LedgerPageSchema, LowBalanceSchema } from './billing-schemas.js';
import { UsageReportSchema } from './usage-schemas.js';

describe.each(testEngines())('balance, ledger and usage on $name', (engine) => {
  let database: Database;
  let ledger: Ledger;
  let app: ReturnType<typeof buildTestApp>;
  let owner: TestUser;
  let viewer: TestUser;
  let outsider: TestUser;
  let organizationId: string;
  let clock = new Date('2026-03-01T10:00:00Z');

  beforeAll(async () => {
    database = await engine.create();
    ledger = createLedger({ db: database.db, now: () => clock });
    app = buildTestApp({ database, ledger });
    owner = await signUp({ app, email: 'owner@usage.test' });
    outsider = await signUp({ app, email: 'outsider@usage.test' });
    viewer = await signUp({ app, email: 'viewer@usage.test' });
    organizationId = (
      (await (await app.request('/api/me', { headers: asUser(owner) })).json()) as { organization: { id: string } }
    ).organization.id;
    await database.db
      .insert(schema.members)
      .values({ id: 'mem_v', organizationId, userId: viewer.userId, role: 'viewer' });
    await database.db
      .update(schema.sessions)
      .set({ activeOrganizationId: organizationId })
      .where(eq(schema.sessions.userId, viewer.userId));

    await ledger.credit({ organizationId, amount: 10_000n, idempotencyKey: 'purchase-1' });
    let calls = 0;
    const call = async (attribution: Record<string, string>, held: bigint, charged: bigint | 'void' | 'open') => {
      calls += 1;
      const hold = await ledger.hold({
        organizationId,
        amount: held,
        ttlMs: 600_000,
        idempotencyKey: `call-${calls}`,
        ...attribution,
      });
      if (charged === 'void') await ledger.void({ holdId: hold.id });
      else if (charged !== 'open') await ledger.settle({ holdId: hold.id, amount: charged });
    };
    await call({ userId: owner.userId, action: 'chat', model: 'gpt-4o', apiKeyId: 'key_1' }, 500n, 300n);
    clock = new Date('2026-03-02T09:00:00Z');
    await call({ userId: owner.userId, action: 'chat', model: 'claude', appId: 'app_1' }, 200n, 200n);
    await call({ userId: 'usr_other', action: 'workflow', model: 'gpt-4o', appId: 'app_1' }, 150n, 100n);
    await call({ userId: owner.userId, action: 'chat', model: 'gpt-4o' }, 100n, 'void');
    await call({ userId: owner.userId, action: 'chat', model: 'gpt-4o' }, 50n, 'open');
  });
  afterAll(async () => {
    await ledger.close();
    await database.close();
  });

  const get = (path: string, user: TestUser = owner) => app.request(path, { headers: asUser(user) });
  const usage = async (query: string, user: TestUser = owner) => {
    const range = query.includes('from=') ? '' : 'from=2026-03-01&to=2026-03-03&';
    const res = await get(`/api/usage?${range}${query}`, user);
    expect(res.status).toBe(200);
    return UsageReportSchema.parse(await res.json());
  };
  const rowsOf = (report: { data: { key: string | null; tokens: number; calls: number }[] }) =>
    report.data.map(({ key, tokens, calls }) => [key, tokens, calls]);

  it('answers balance, reserved and available as JSON numbers', async () => {
    const res = await get('/api/billing/balance');
    expect(res.status).toBe(200);
    expect(BalanceSchema.parse(await res.json())).toEqual({
      balance: 9_400,
      reserved: 50,
      available: 9_350,
      lowBalanceThreshold: null,
    });
  });

  it('pages through the ledger newest first', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `limit=3&cursor=${encodeURIComponent(cursor)}` : 'limit=3';
      const res = await get(`/api/billing/ledger?${query}`);
      expect(res.status).toBe(200);
      const page = LedgerPageSchema.parse(await res.json());
      expect(page.data.length).toBeLessThanOrEqual(3);
      seen.push(...page.data.map((entry) => entry.kind));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['hold', 'void', 'hold', 'settle', 'hold', 'settle', 'hold', 'settle', 'hold', 'credit']);
    expect((await get('/api/billing/ledger?limit=0')).status).toBe(400);
  });

  it('sums the tokens charged and counts the calls per day, action, model, user, app and key', async () => {
    expect(rowsOf(await usage('groupBy=day'))).toEqual([
      ['2026-03-01', 300, 1],
      ['2026-03-02', 300, 2],
    ]);
    expect(rowsOf(await usage('groupBy=action'))).toEqual([
      ['chat', 500, 2],
      ['workflow', 100, 1],
    ]);
    expect(rowsOf(await usage('groupBy=model'))).toEqual([
      ['claude', 200, 1],
      ['gpt-4o', 400, 2],
    ]);
    expect(rowsOf(await usage('groupBy=user'))).toEqual(
      [
        [owner.userId, 500, 2],
        ['usr_other', 100, 1],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(rowsOf(await usage('groupBy=app'))).toEqual([
      ['app_1', 300, 2],
      [null, 300, 1],
    ]);
    const byKey = await usage('groupBy=key');
    expect(rowsOf(byKey)).toEqual([
      ['key_1', 300, 1],
      [null, 300, 2],
    ]);
    expect(byKey.totals).toEqual({ tokens: 600, calls: 3 });
    expect(byKey.truncated).toBe(false);
    // [from, to): the second day alone.
    expect(rowsOf(await usage('groupBy=day&from=2026-03-02&to=2026-03-03'))).toEqual([['2026-03-02', 300, 2]]);
  });

  it('exports the same report as CSV with a header row', async () => {
    const res = await get('/api/usage.csv?from=2026-03-01&to=2026-03-03&groupBy=model');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="usage-model-2026-03-01-2026-03-03.csv"');
    expect(await res.text()).toBe('model,tokens,calls\r\nclaude,200,1\r\ngpt-4o,400,2\r\n');
  });

  it('refuses a reversed, empty or over-long range and an unknown grouping', async () => {
    for (const query of [
      'from=2026-03-03&to=2026-03-01',
      'from=2026-03-01&to=2026-03-01',
      'from=2025-01-01&to=2026-03-01',
      'groupBy=week',
      'from=yesterday',
    ]) {
      expect((await get(`/api/usage?${query}`)).status, query).toBe(400);
    }
    // Without a range: the last 30 days (the fixture's March 2026 may or may not fall in them).
    expect((await get('/api/usage')).status).toBe(200);
  });

  it('shows another organization only its own zeros', async () => {
    expect(BalanceSchema.parse(await (await get('/api/billing/balance', outsider)).json())).toMatchObject({
      balance: 0,
      reserved: 0,
      available: 0,
    });
    expect(LedgerPageSchema.parse(await (await get('/api/billing/ledger', outsider)).json())).toEqual({
      data: [],
      nextCursor: null,
    });
    expect((await usage('groupBy=day', outsider)).data).toEqual([]);
    expect(await (await get('/api/usage.csv?from=2026-03-01&to=2026-03-03', outsider)).text()).toBe(
      'day,tokens,calls\r\n',
    );
  });

  it('lets a viewer read balance, ledger and usage but not change the low-balance warning', async () => {
    expect((await get('/api/billing/balance', viewer)).status).toBe(200);
    expect((await get('/api/billing/ledger', viewer)).status).toBe(200);
    expect((await usage('groupBy=model', viewer)).totals.tokens).toBe(600);
    const res = await app.request('/api/billing/low-balance', jsonBody({ threshold: 10 }, asUser(viewer), 'PUT'));
    expect(res.status).toBe(403);
  });

  it('sets and clears the low-balance threshold', async () => {
    const put = (threshold: number | null) =>
      app.request('/api/billing/low-balance', jsonBody({ threshold }, asUser(owner), 'PUT'));
    const set = await put(1_000);
    expect(set.status).toBe(200);
    expect(LowBalanceSchema.parse(await set.json())).toEqual({ threshold: 1_000 });
    expect(BalanceSchema.parse(await (await get('/api/billing/balance')).json()).lowBalanceThreshold).toBe(1_000);
    expect(LowBalanceSchema.parse(await (await put(null)).json())).toEqual({ threshold: null });
    expect((await put(-1)).status).toBe(400);
  });
});
