import type { Database } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import { createLedger, type Ledger } from '@sigmacode/ledger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../testing/build-test-app.js';
import { asUser, signUp } from '../testing/identity-harness.js';

describe.each(testEngines())('welcome credit on $name', (engine) => {
  let database: Database;
  let ledger: Ledger;
  beforeAll(async () => {
    database = await engine.create();
    ledger = createLedger({ db: database.db });
  });
  afterAll(async () => {
    await ledger.close();
    await database.close();
  });

  it("credits a new user's personal organization once, as a recorded credit", async () => {
    const app = buildTestApp({ database, ledger, config: { billing: { stripePriceIds: {}, signupCredit: 100 } } });
    const user = await signUp({ app, email: 'new@welcome.test' });
    const me = (await (await app.request('/api/me', { headers: asUser(user) })).json()) as {
      organization: { id: string };
    };
    expect((await ledger.getBalance({ organizationId: me.organization.id })).balance).toBe(100n);
    const { entries } = await ledger.listEntries({ organizationId: me.organization.id, limit: 10 });
    expect(entries).toEqual([
      expect.objectContaining({ kind: 'credit', reason: 'Welcome credit', balanceDelta: 100n }),
    ]);
  });

  it('grants nothing when the credit is 0', async () => {
    const app = buildTestApp({ database, ledger, config: { billing: { stripePriceIds: {}, signupCredit: 0 } } });
    const user = await signUp({ app, email: 'none@welcome.test' });
    const me = (await (await app.request('/api/me', { headers: asUser(user) })).json()) as {
      organization: { id: string };
    };
    expect((await ledger.getBalance({ organizationId: me.organization.id })).balance).toBe(0n);
  });
});
