import { ConsoleErrorBodySchema } from '@sigmacode/core';
import { type Database, schema } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import { createLedger, type Ledger } from '@sigmacode/ledger';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertOrganization } from '../testing/billing-harness.js';
import { buildTestApp } from '../testing/build-test-app.js';
import { asUser, jsonBody, signUp, type TestUser } from '../testing/identity-harness.js';
import { TokenGrantSchema } from './admin-billing-schemas.js';

describe.each(testEngines())('operator grants and refunds on $name', (engine) => {
  let database: Database;
  let ledger: Ledger;
  let app: ReturnType<typeof buildTestApp>;
  let operator: TestUser;
  let owner: TestUser;
  let customerId: string;

  beforeAll(async () => {
    database = await engine.create();
    ledger = createLedger({ db: database.db });
    app = buildTestApp({ database, ledger });
    operator = await signUp({ app, email: 'operator@platform.test' });
    await database.db.update(schema.users).set({ platformRole: 'admin' }).where(eq(schema.users.id, operator.userId));
    owner = await signUp({ app, email: 'owner@customer.test' });
  });
  afterAll(async () => {
    await ledger.close();
    await database.close();
  });

  const grant = (organizationId: string, body: unknown, { as = operator, key }: { as?: TestUser; key?: string } = {}) =>
    app.request(
      `/api/admin/organizations/${organizationId}/credits`,
      jsonBody(body, asUser(as, key ? { 'Idempotency-Key': key } : {})),
    );
  const balanceOf = async (organizationId: string) => (await ledger.getBalance({ organizationId })).balance;
  const errorOf = async (res: Response) => ConsoleErrorBodySchema.parse(await res.json()).error;

  it('lets a platform operator grant tokens, stored with the reason and the operator', async () => {
    customerId = await insertOrganization({ db: database.db, name: 'Customer' });
    const res = await grant(customerId, { amount: 5000, reason: 'Pilot project' });
    expect(res.status).toBe(201);
    const body = TokenGrantSchema.parse(await res.json());
    expect(body.entry).toMatchObject({
      kind: 'credit',
      balanceDelta: 5000,
      reason: 'Pilot project',
      userId: operator.userId,
    });
    expect(body.balance).toMatchObject({ balance: 5000, available: 5000 });
  });

  it('applies a grant once per Idempotency-Key', async () => {
    const organizationId = await insertOrganization({ db: database.db });
    const first = await grant(organizationId, { amount: 100, reason: 'Goodwill' }, { key: 'ticket-42' });
    const again = await grant(organizationId, { amount: 100, reason: 'Goodwill' }, { key: 'ticket-42' });
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(TokenGrantSchema.parse(await again.json()).entry?.id).toBe(
      TokenGrantSchema.parse(await first.json()).entry?.id,
    );
    expect(await balanceOf(organizationId)).toBe(100n);
    // Without a key every request is its own grant.
    await grant(organizationId, { amount: 100, reason: 'Goodwill' });
    expect(await balanceOf(organizationId)).toBe(200n);
  });

  it('takes tokens away with a negative amount, but never more than are available (402)', async () => {
    const organizationId = await insertOrganization({ db: database.db });
    await grant(organizationId, { amount: 300, reason: 'Trial' });
    const down = await grant(organizationId, { amount: -200, reason: 'Trial ended early' });
    expect(down.status).toBe(201);
    expect(TokenGrantSchema.parse(await down.json()).entry).toMatchObject({ kind: 'adjustment', balanceDelta: -200 });
    const tooMuch = await grant(organizationId, { amount: -101, reason: 'Trial ended early' });
    expect(tooMuch.status).toBe(402);
    expect((await errorOf(tooMuch)).code).toBe('INSUFFICIENT_TOKENS');
    expect(await balanceOf(organizationId)).toBe(100n);
  });

  it('requires a reason and a non-zero whole amount', async () => {
    const organizationId = await insertOrganization({ db: database.db });
    for (const body of [
      { amount: 100 },
      { amount: 100, reason: 'no' },
      { amount: 0, reason: 'Zero' },
      { amount: 1.5, reason: 'Half' },
    ]) {
      const res = await grant(organizationId, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect(await balanceOf(organizationId)).toBe(0n);
  });

  it('answers 404 for an organization that does not exist', async () => {
    const res = await grant('org_missing', { amount: 100, reason: 'Typo' });
    expect(res.status).toBe(404);
    expect(
      await database.db
        .select()
        .from(schema.tokenAccounts)
        .where(eq(schema.tokenAccounts.organizationId, 'org_missing')),
    ).toEqual([]);
  });

  it('refuses an organization owner (403): only operators grant tokens', async () => {
    const me = (await (await app.request('/api/me', { headers: asUser(owner) })).json()) as {
      organization: { id: string };
    };
    const res = await grant(me.organization.id, { amount: 1_000_000, reason: 'Free tokens' }, { as: owner });
    expect(res.status).toBe(403);
    const refund = await app.request(
      `/api/admin/organizations/${me.organization.id}/refunds`,
      jsonBody({ amount: 10, reason: 'Please' }, asUser(owner)),
    );
    expect(refund.status).toBe(403);
    expect(await balanceOf(me.organization.id)).toBe(0n);
  });

  it('records a manual refund as a refund entry, once per Idempotency-Key', async () => {
    const organizationId = await insertOrganization({ db: database.db });
    const refund = () =>
      app.request(
        `/api/admin/organizations/${organizationId}/refunds`,
        jsonBody({ amount: 250, reason: 'Outage on 12 May' }, asUser(operator, { 'Idempotency-Key': 'incident-7' })),
      );
    const res = await refund();
    expect(res.status).toBe(201);
    expect(TokenGrantSchema.parse(await res.json()).entry).toMatchObject({ kind: 'refund', balanceDelta: 250 });
    await refund();
    expect(await balanceOf(organizationId)).toBe(250n);
  });
});
