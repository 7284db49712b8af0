import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Database, schema } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryMailer } from '../infra/mailer/index.js';
import { insertOrganization } from '../testing/billing-harness.js';
import { buildTestApp, silentLogger } from '../testing/build-test-app.js';
import { asUser, jsonBody, signUp } from '../testing/identity-harness.js';
import { createBillingLedger } from './create-billing-ledger.js';
import { notifyLowBalance } from './notify-low-balance.js';

/** A local receiver for the low-balance webhook that records JSON bodies and answers with `status`. */
async function startReceiver(status = 204) {
  const received: unknown[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += String(chunk);
    });
    req.on('end', () => {
      received.push(JSON.parse(body));
      res.statusCode = status;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/low-balance`;
  return {
    url,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

describe.each(testEngines())('low-balance notifications on $name', (engine) => {
  let database: Database;
  beforeEach(async () => {
    database = await engine.create();
  });
  afterEach(async () => {
    await database.close();
  });

  it("e-mails the organization's owners and admins (not members) and posts the webhook", async () => {
    const organizationId = await insertOrganization({ db: database.db, name: 'Acme' });
    const people = [
      ['usr_owner', 'owner@acme.test', 'owner'],
      ['usr_admin', 'admin@acme.test', 'admin'],
      ['usr_member', 'member@acme.test', 'member'],
    ] as const;
    for (const [id, email, role] of people) {
      await database.db.insert(schema.users).values({ id, email, name: id });
      await database.db.insert(schema.members).values({ id: `mem_${id}`, organizationId, userId: id, role });
    }
    const receiver = await startReceiver();
    const mailer = createMemoryMailer();
    try {
      await notifyLowBalance({
        db: database.db,
        mailer,
        logger: silentLogger(),
        publicUrl: 'https://sigmacode.example',
        webhookUrl: receiver.url,
        event: { organizationId, available: 120n, threshold: 500n },
      });
      expect(mailer.sent.map((mail) => mail.to).sort()).toEqual(['admin@acme.test', 'owner@acme.test']);
      expect(mailer.sent[0]?.text).toContain('Acme has 120 tokens left, below its warning level of 500');
      expect(mailer.sent[0]?.text).toContain('https://sigmacode.example/dashboard/settings');
      expect(receiver.received).toEqual([
        {
          type: 'billing.low_balance',
          organizationId,
          organizationName: 'Acme',
          available: 120,
          threshold: 500,
          occurredAt: expect.any(String),
        },
      ]);
    } finally {
      await receiver.close();
    }
  });

  it('never throws when the webhook is down or the mailer fails', async () => {
    const organizationId = await insertOrganization({ db: database.db });
    await database.db.insert(schema.users).values({ id: 'usr_o', email: 'o@acme.test', name: 'o' });
    await database.db.insert(schema.members).values({ id: 'mem_o', organizationId, userId: 'usr_o', role: 'owner' });
    const warn = vi.fn();
    const logger = Object.assign(silentLogger(), { warn, error: vi.fn() });
    const receiver = await startReceiver();
    await receiver.close(); // nothing listens there any more
    await expect(
      notifyLowBalance({
        db: database.db,
        mailer: { send: () => Promise.reject(new Error('SMTP down')) },
        logger,
        publicUrl: 'http://localhost:3000',
        webhookUrl: receiver.url,
        event: { organizationId, available: 0n, threshold: 10n },
      }),
    ).resolves.toBeUndefined();
    expect(logger.error).toHaveBeenCalled();
    expect(warn.mock.calls.map((call) => call[1])).toContain('the low-balance webhook failed');
  });

  it('fires when spending through the ledger crosses the threshold set in the console', async () => {
    const mailer = createMemoryMailer();
    const receiver = await startReceiver();
    const ledger = createBillingLedger({
      db: database.db,
      mailer,
      logger: silentLogger(),
      publicUrl: 'http://localhost:3000',
      lowBalanceWebhookUrl: receiver.url,
    });
    try {
      const app = buildTestApp({ database, ledger, mailer });
      const owner = await signUp({ app, email: 'owner@low.test' });
      const me = (await (await app.request('/api/me', { headers: asUser(owner) })).json()) as {
        organization: { id: string };
      };
      const organizationId = me.organization.id;
      await ledger.credit({ organizationId, amount: 1_000n, idempotencyKey: 'purchase' });
      const put = await app.request('/api/billing/low-balance', jsonBody({ threshold: 500 }, asUser(owner), 'PUT'));
      expect(put.status).toBe(200);

      const hold = await ledger.hold({ organizationId, amount: 600n, ttlMs: 60_000, idempotencyKey: 'big-call' });
      await ledger.settle({ holdId: hold.id, amount: 600n });
      await vi.waitFor(() => expect(receiver.received).toHaveLength(1));
      expect(receiver.received[0]).toMatchObject({ organizationId, available: 400, threshold: 500 });
      await vi.waitFor(() =>
        expect(mailer.sent.some((mail) => mail.to === 'owner@low.test' && /400 tokens left/.test(mail.text))).toBe(
          true,
        ),
      );
    } finally {
      await ledger.close();
      await receiver.close();
    }
  });
});
