import { ConsoleErrorBodySchema } from '@sigmacode/core';
import { type Database, schema } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import { createLedger, type Ledger } from '@sigmacode/ledger';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../testing/build-test-app.js';
import { asUser, jsonBody, signUp, type TestUser } from '../../testing/identity-harness.js';
import { MemberSpendingSchema, PriceListSchema } from './pricing-schemas.js';

describe.each(testEngines())('prices and member spending caps on $name', (engine) => {
  let database: Database;
  let ledger: Ledger;
  let app: ReturnType<typeof buildTestApp>;
  let operator: TestUser;
  let owner: TestUser;
  let organizationId: string;

  beforeAll(async () => {
    database = await engine.create();
    ledger = createLedger({ db: database.db });
    app = buildTestApp({ database, ledger });
    operator = await signUp({ app, email: 'operator@prices.test' });
    await database.db.update(schema.users).set({ platformRole: 'admin' }).where(eq(schema.users.id, operator.userId));
    owner = await signUp({ app, email: 'owner@prices.test' });
    const me = (await (await app.request('/api/me', { headers: asUser(owner) })).json()) as {
      organization: { id: string };
    };
    organizationId = me.organization.id;
  });
  afterAll(async () => {
    await ledger.close();
    await database.close();
  });

  const put = (path: string, body: unknown, as: TestUser = operator) =>
    app.request(path, jsonBody(body, asUser(as), 'PUT'));
  const pricesOf = async (as: TestUser) =>
    PriceListSchema.parse(await (await app.request('/api/billing/prices', { headers: asUser(as) })).json());
  const costOf = (list: { actions: { action: string; cost: number; source: string }[] }, action: string) =>
    list.actions.find((entry) => entry.action === action);

  it('shows the built-in defaults to an organization', async () => {
    const prices = await pricesOf(owner);
    expect(costOf(prices, 'chat_message')).toEqual({ action: 'chat_message', cost: 1, source: 'default' });
    expect(costOf(prices, 'image_generation')).toEqual({ action: 'image_generation', cost: 50, source: 'default' });
  });

  it('lets operators set platform prices, organization overrides and model prices; each level wins in order', async () => {
    expect((await put('/api/admin/prices/actions/chat_message', { cost: 2 })).status).toBe(200);
    expect(costOf(await pricesOf(owner), 'chat_message')).toMatchObject({ cost: 2, source: 'platform' });

    const override = await put(`/api/admin/organizations/${organizationId}/prices/actions/chat_message`, { cost: 0 });
    expect(override.status).toBe(200);
    expect(costOf(PriceListSchema.parse(await override.json()), 'chat_message')).toMatchObject({
      cost: 0,
      source: 'organization',
    });
    expect(costOf(await pricesOf(owner), 'chat_message')).toMatchObject({ cost: 0, source: 'organization' });

    await put(`/api/admin/organizations/${organizationId}/prices/actions/chat_message`, { cost: null });
    expect(costOf(await pricesOf(owner), 'chat_message')).toMatchObject({ cost: 2, source: 'platform' });
    await put('/api/admin/prices/actions/chat_message', { cost: null });
    expect(costOf(await pricesOf(owner), 'chat_message')).toMatchObject({ cost: 1, source: 'default' });

    const model = await put('/api/admin/prices/models', {
      model: 'openai/gpt-4o-mini',
      promptPer1k: 1,
      completionPer1k: 4,
    });
    expect(model.status).toBe(200);
    expect((await pricesOf(owner)).models).toEqual([
      expect.objectContaining({ model: 'openai/gpt-4o-mini', promptPer1k: 1, completionPer1k: 4 }),
    ]);
  });

  it('refuses unknown actions, negative or fractional prices and unknown organizations', async () => {
    const errorOf = async (res: Response) => ConsoleErrorBodySchema.parse(await res.json()).error.code;
    expect(await errorOf(await put('/api/admin/prices/actions/teleport', { cost: 1 }))).toBe('VALIDATION_FAILED');
    expect(await errorOf(await put('/api/admin/prices/actions/chat_message', { cost: -1 }))).toBe('VALIDATION_FAILED');
    expect(await errorOf(await put('/api/admin/prices/actions/chat_message', { cost: 1.5 }))).toBe('VALIDATION_FAILED');
    const missing = await put('/api/admin/organizations/org_missing/prices/actions/chat_message', { cost: 1 });
    expect(missing.status).toBe(404);
    expect(
      (await app.request('/api/admin/organizations/org_missing/prices', { headers: asUser(operator) })).status,
    ).toBe(404);
  });

  it('never lets an organization change its own prices', async () => {
    const res = await put(`/api/admin/organizations/${organizationId}/prices/actions/chat_message`, { cost: 0 }, owner);
    expect(res.status).toBe(403);
  });

  it('lets admins cap a member per month; the ledger then refuses holds beyond the cap', async () => {
    const members = (await (
      await app.request('/api/organizations/current/members', { headers: asUser(owner) })
    ).json()) as { data?: { id: string; userId: string }[] } | { id: string; userId: string }[];
    const list = Array.isArray(members) ? members : (members.data ?? []);
    const self = list.find((member) => member.userId === owner.userId);
    if (!self) throw new Error('owner is not listed as a member');

    const capped = await put(`/api/organizations/current/members/${self.id}/spending-cap`, { monthlyCap: 10 }, owner);
    expect(capped.status).toBe(200);
    expect(MemberSpendingSchema.parse(await capped.json())).toMatchObject({ monthlyCap: 10, used: 0, remaining: 10 });

    await ledger.credit({ organizationId, amount: 100n, idempotencyKey: 'cap-test-credit' });
    const hold = await ledger.hold({
      organizationId,
      userId: owner.userId,
      amount: 8n,
      ttlMs: 60_000,
      idempotencyKey: 'cap-1',
    });
    await ledger.settle({ holdId: hold.id, amount: 6n });
    await expect(
      ledger.hold({ organizationId, userId: owner.userId, amount: 5n, ttlMs: 60_000, idempotencyKey: 'cap-2' }),
    ).rejects.toMatchObject({ code: 'INSUFFICIENT_TOKENS' });

    const spending = await app.request(`/api/organizations/current/members/${self.id}/spending`, {
      headers: asUser(owner),
    });
    expect(MemberSpendingSchema.parse(await spending.json())).toMatchObject({ monthlyCap: 10, used: 6, remaining: 4 });

    await put(`/api/organizations/current/members/${self.id}/spending-cap`, { monthlyCap: null }, owner);
    const uncapped = await ledger.hold({
      organizationId,
      userId: owner.userId,
      amount: 50n,
      ttlMs: 60_000,
      idempotencyKey: 'cap-3',
    });
    expect(uncapped.amount).toBe(50n);
  });

  it("answers 404 for another organization's member", async () => {
    const stranger = await signUp({ app, email: 'stranger@prices.test' });
    const members = (await (
      await app.request('/api/organizations/current/members', { headers: asUser(stranger) })
    ).json()) as { data?: { id: string }[] } | { id: string }[];
    const list = Array.isArray(members) ? members : (members.data ?? []);
    const res = await put(`/api/organizations/current/members/${list[0]?.id}/spending-cap`, { monthlyCap: 1 }, owner);
    expect(res.status).toBe(404);
  });
});
