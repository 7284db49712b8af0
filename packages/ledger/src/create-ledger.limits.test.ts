import { AppError } from '@sigmacode/core';
import type { Database } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLedger } from './create-ledger.js';
import type { Ledger, LowBalanceEvent } from './ledger.js';
import { createTestOrganization, createTestUser } from './testing/create-test-organization.js';

const TTL = 600_000;

describe.each(testEngines())('member caps and low-balance events on $name', (engine) => {
  let database: Database;
  let clock: Date;
  let events: LowBalanceEvent[];
  let ledger: Ledger;

  beforeAll(async () => {
    database = await engine.create();
    clock = new Date('2030-01-31T23:00:00Z');
    events = [];
    ledger = createLedger({ db: database.db, now: () => clock, onLowBalance: (event) => void events.push(event) });
  });
  afterAll(async () => {
    await ledger.close();
    await database.close();
  });

  async function fundedOrganization(tokens: bigint): Promise<string> {
    const organizationId = await createTestOrganization({ db: database.db });
    await ledger.credit({ organizationId, amount: tokens, idempotencyKey: 'fund' });
    return organizationId;
  }

  /** The callback runs after the commit, off the caller's path; give it a turn. */
  const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

  describe('member caps', () => {
    it("refuses a member's hold that would take the month's spending above the cap, and no one else's", async () => {
      const organizationId = await fundedOrganization(1_000n);
      const [capped, free] = [await createTestUser({ db: database.db }), await createTestUser({ db: database.db })];
      await ledger.setMemberCap({ organizationId, userId: capped, monthlyCap: 50n });

      const first = await ledger.hold({ organizationId, amount: 30n, ttlMs: TTL, idempotencyKey: 'a', userId: capped });
      const refused = await ledger
        .hold({ organizationId, amount: 30n, ttlMs: TTL, idempotencyKey: 'b', userId: capped })
        .catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(AppError);
      expect(refused).toMatchObject({
        code: 'INSUFFICIENT_TOKENS',
        details: { reason: 'member_cap', monthlyCap: 50, used: 30, requested: 30 },
      });
      await ledger.hold({ organizationId, amount: 300n, ttlMs: TTL, idempotencyKey: 'c', userId: free });

      // Settling for less frees the difference; a void frees all of it.
      await ledger.settle({ holdId: first.id, amount: 10n });
      expect(await ledger.getMemberSpending({ organizationId, userId: capped })).toEqual({
        monthlyCap: 50n,
        used: 10n,
      });
      const second = await ledger.hold({
        organizationId,
        amount: 40n,
        ttlMs: TTL,
        idempotencyKey: 'd',
        userId: capped,
      });
      await expect(
        ledger.hold({ organizationId, amount: 1n, ttlMs: TTL, idempotencyKey: 'e', userId: capped }),
      ).rejects.toMatchObject({ code: 'INSUFFICIENT_TOKENS' });
      await ledger.void({ holdId: second.id });
      await ledger.hold({ organizationId, amount: 40n, ttlMs: TTL, idempotencyKey: 'f', userId: capped });

      await ledger.setMemberCap({ organizationId, userId: capped, monthlyCap: null });
      expect((await ledger.getMemberSpending({ organizationId, userId: capped })).monthlyCap).toBeNull();
      await ledger.hold({ organizationId, amount: 100n, ttlMs: TTL, idempotencyKey: 'g', userId: capped });
    });

    it('holds the cap exactly when many holds of one member arrive at once', async () => {
      const organizationId = await fundedOrganization(10_000n);
      const userId = await createTestUser({ db: database.db });
      await ledger.setMemberCap({ organizationId, userId, monthlyCap: 100n });
      const outcomes = await Promise.allSettled(
        Array.from({ length: 25 }, (_, index) =>
          ledger.hold({ organizationId, amount: 10n, ttlMs: TTL, idempotencyKey: `m${index}`, userId }),
        ),
      );
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(10);
      expect((await ledger.getMemberSpending({ organizationId, userId })).used).toBe(100n);
    });

    it('charges settled last month do not count against this month', async () => {
      const organizationId = await fundedOrganization(1_000n);
      const userId = await createTestUser({ db: database.db });
      await ledger.setMemberCap({ organizationId, userId, monthlyCap: 100n });
      const hold = await ledger.hold({ organizationId, amount: 90n, ttlMs: TTL, idempotencyKey: 'jan', userId });
      await ledger.settle({ holdId: hold.id, amount: 90n });
      await expect(
        ledger.hold({ organizationId, amount: 20n, ttlMs: TTL, idempotencyKey: 'still-jan', userId }),
      ).rejects.toMatchObject({ code: 'INSUFFICIENT_TOKENS' });

      clock = new Date('2030-02-01T00:00:01Z');
      expect((await ledger.getMemberSpending({ organizationId, userId })).used).toBe(0n);
      await ledger.hold({ organizationId, amount: 100n, ttlMs: TTL, idempotencyKey: 'feb', userId });
    });

    it('refuses a cap for an unknown member and a negative cap', async () => {
      const organizationId = await fundedOrganization(1n);
      await expect(
        ledger.setMemberCap({ organizationId, userId: 'usr_missing', monthlyCap: 1n }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      const userId = await createTestUser({ db: database.db });
      await expect(ledger.setMemberCap({ organizationId, userId, monthlyCap: -1n })).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
      });
    });
  });

  describe('low-balance events', () => {
    it('fire once when available drops below the threshold, and again only after a credit lifts it', async () => {
      const organizationId = await fundedOrganization(100n);
      const account = await ledger.setLowBalanceThreshold({ organizationId, threshold: 50n });
      expect(account.lowBalanceThreshold).toBe(50n);
      const mine = () => events.filter((event) => event.organizationId === organizationId);

      const a = await ledger.hold({ organizationId, amount: 40n, ttlMs: TTL, idempotencyKey: 'a' });
      await settled();
      expect(mine()).toEqual([]);
      const b = await ledger.hold({ organizationId, amount: 20n, ttlMs: TTL, idempotencyKey: 'b' });
      await ledger.hold({ organizationId, amount: 5n, ttlMs: TTL, idempotencyKey: 'c' });
      await settled();
      expect(mine()).toEqual([{ organizationId, available: 40n, threshold: 50n }]);

      // Releasing holds does not re-arm the event; only a credit does.
      await ledger.void({ holdId: a.id });
      await ledger.void({ holdId: b.id });
      await ledger.hold({ organizationId, amount: 60n, ttlMs: TTL, idempotencyKey: 'd' });
      await settled();
      expect(mine()).toHaveLength(1);

      await ledger.credit({ organizationId, amount: 100n, idempotencyKey: 'top-up' });
      await ledger.hold({ organizationId, amount: 100n, ttlMs: TTL, idempotencyKey: 'e' });
      await settled();
      expect(mine()).toEqual([
        { organizationId, available: 40n, threshold: 50n },
        { organizationId, available: 35n, threshold: 50n },
      ]);
    });

    it('setting the threshold re-arms the event, and null turns it off', async () => {
      const organizationId = await fundedOrganization(100n);
      const mine = () => events.filter((event) => event.organizationId === organizationId);
      await ledger.setLowBalanceThreshold({ organizationId, threshold: 80n });
      await ledger.debit({ organizationId, amount: 30n, idempotencyKey: 'd1' });
      await ledger.setLowBalanceThreshold({ organizationId, threshold: 60n });
      await ledger.debit({ organizationId, amount: 20n, idempotencyKey: 'd2' });
      await ledger.setLowBalanceThreshold({ organizationId, threshold: null });
      await ledger.debit({ organizationId, amount: 20n, idempotencyKey: 'd3' });
      await settled();
      expect(mine().map((event) => event.available)).toEqual([70n, 50n]);
    });

    it('a failing callback never breaks the write', async () => {
      const failing = createLedger({
        db: database.db,
        onLowBalance: () => {
          throw new Error('mailer down');
        },
      });
      const rejecting = createLedger({
        db: database.db,
        onLowBalance: () => Promise.reject(new Error('webhook down')),
      });
      const organizationId = await fundedOrganization(10n);
      await ledger.setLowBalanceThreshold({ organizationId, threshold: 100n });
      const hold = await failing.hold({ organizationId, amount: 5n, ttlMs: TTL, idempotencyKey: 'x' });
      await ledger.setLowBalanceThreshold({ organizationId, threshold: 100n });
      await rejecting.settle({ holdId: hold.id, amount: 5n });
      await settled();
      expect(await ledger.getBalance({ organizationId })).toEqual({ balance: 5n, reserved: 0n, available: 5n });
      await Promise.all([failing.close(), rejecting.close()]);
    });
  });
});
