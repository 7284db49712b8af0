import { AppError } from '@sigmacode/core';
import { type Database, schema } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLedger } from './create-ledger.js';
import type { Ledger } from './ledger.js';
import { createTestOrganization } from './testing/create-test-organization.js';
import { readAccountInvariants } from './testing/read-account-invariants.js';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error.code;
}

describe.each(testEngines())('ledger on $name', (engine) => {
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

  async function fundedOrganization(tokens: bigint): Promise<string> {
    const organizationId = await createTestOrganization({ db: database.db });
    if (tokens > 0n) await ledger.credit({ organizationId, amount: tokens, idempotencyKey: `fund-${organizationId}` });
    return organizationId;
  }

  async function expectConsistent(organizationId: string): Promise<void> {
    const facts = await readAccountInvariants({ db: database.db, organizationId });
    expect(facts.balanceFromEntries).toBe(facts.balance);
    expect(facts.reservedFromEntries).toBe(facts.reserved);
    expect(facts.activeHolds).toBe(facts.reserved);
    expect(facts.maxResolutionsPerHold).toBeLessThanOrEqual(1);
  }

  it('creates an account on first use with a zero balance, once', async () => {
    const organizationId = await createTestOrganization({ db: database.db });
    const [first, second] = await Promise.all([
      ledger.ensureAccount({ organizationId }),
      ledger.ensureAccount({ organizationId }),
    ]);
    expect(first).toEqual(second);
    expect(first).toMatchObject({ organizationId, balance: 0n, reserved: 0n, lowBalanceThreshold: null });
    expect(await ledger.getBalance({ organizationId })).toEqual({ balance: 0n, reserved: 0n, available: 0n });
  });

  it('reads what this process was asked to write before the read: a settle not yet awaited is in the balance', async () => {
    const organizationId = await fundedOrganization(100n);
    const hold = await ledger.hold({ organizationId, amount: 30n, ttlMs: 60_000, idempotencyKey: 'read-your-settle' });
    // Called, not awaited: the read that starts next must still see it, and the listing its entry.
    const settling = ledger.settle({ holdId: hold.id, amount: 12n });
    expect(await ledger.getBalance({ organizationId })).toEqual({ balance: 88n, reserved: 0n, available: 88n });
    const crediting = ledger.credit({ organizationId, amount: 5n, idempotencyKey: 'read-your-credit' });
    await ledger.settledWrites({ organizationId });
    const page = await ledger.listEntries({ organizationId, limit: 10 });
    expect(page.entries.map((entry) => entry.kind)).toContain('settle');
    expect((await ledger.getBalance({ organizationId })).balance).toBe(93n);
    await Promise.all([settling, crediting]);
    await expectConsistent(organizationId);
    // What the last committed write left available, as a hint for the caller.
    expect(ledger.lastKnownAvailable({ organizationId })).toBe(93n);
    expect(ledger.lastKnownAvailable({ organizationId: 'org_never_written' })).toBeNull();
  });

  it('an unknown organization has no account to credit', async () => {
    expect(await codeOf(ledger.credit({ organizationId: 'org_missing', amount: 1n, idempotencyKey: 'k' }))).toBe(
      'NOT_FOUND',
    );
  });

  it('a hold reserves, a settle charges at most the hold and releases the rest', async () => {
    const organizationId = await fundedOrganization(100n);
    const hold = await ledger.hold({ organizationId, amount: 30n, ttlMs: 60_000, idempotencyKey: 'h1' });
    expect(hold).toMatchObject({ organizationId, amount: 30n, status: 'active', settledAmount: null });
    expect(await ledger.getBalance({ organizationId })).toEqual({ balance: 100n, reserved: 30n, available: 70n });

    const result = await ledger.settle({ holdId: hold.id, amount: 12n });
    expect(result).toMatchObject({ charged: 12n, released: 18n, hold: { status: 'settled', settledAmount: 12n } });
    expect(result.hold.resolvedAt).toBeInstanceOf(Date);
    expect(await ledger.getBalance({ organizationId })).toEqual({ balance: 88n, reserved: 0n, available: 88n });
    await expectConsistent(organizationId);
  });

  it('a hold larger than what is available is refused with 402 and the numbers', async () => {
    const organizationId = await fundedOrganization(10n);
    await ledger.hold({ organizationId, amount: 7n, ttlMs: 60_000, idempotencyKey: 'a' });
    const error = await ledger.hold({ organizationId, amount: 4n, ttlMs: 60_000, idempotencyKey: 'b' }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'INSUFFICIENT_TOKENS', status: 402, details: { available: 3, requested: 4 } });
  });

  it('rejects bad amounts before touching the database', async () => {
    const organizationId = await fundedOrganization(10n);
    expect(await codeOf(ledger.hold({ organizationId, amount: 0n, ttlMs: 1000, idempotencyKey: 'z' }))).toBe(
      'VALIDATION_FAILED',
    );
    const notBigint = 5 as unknown as bigint;
    expect(await codeOf(ledger.credit({ organizationId, amount: notBigint, idempotencyKey: 'n' }))).toBe(
      'VALIDATION_FAILED',
    );
    expect(await codeOf(ledger.credit({ organizationId, amount: 1n, idempotencyKey: 'settle:x' }))).toBe(
      'VALIDATION_FAILED',
    );
  });

  describe('idempotent retries', () => {
    it('the same key returns the same hold and reserves once', async () => {
      const organizationId = await fundedOrganization(100n);
      const first = await ledger.hold({ organizationId, amount: 10n, ttlMs: 60_000, idempotencyKey: 'req-1' });
      const again = await ledger.hold({ organizationId, amount: 10n, ttlMs: 60_000, idempotencyKey: 'req-1' });
      expect(again.id).toBe(first.id);
      expect((await ledger.getBalance({ organizationId })).reserved).toBe(10n);
    });

    it('20 identical holds at once make one reservation', async () => {
      const organizationId = await fundedOrganization(100n);
      const holds = await Promise.all(
        Array.from({ length: 20 }, () =>
          ledger.hold({ organizationId, amount: 10n, ttlMs: 60_000, idempotencyKey: 'burst' }),
        ),
      );
      expect(new Set(holds.map((hold) => hold.id)).size).toBe(1);
      expect((await ledger.getBalance({ organizationId })).reserved).toBe(10n);
      await expectConsistent(organizationId);
    });

    it('the same hold key with another amount is an idempotency conflict', async () => {
      const organizationId = await fundedOrganization(100n);
      await ledger.hold({ organizationId, amount: 10n, ttlMs: 60_000, idempotencyKey: 'req-2' });
      expect(await codeOf(ledger.hold({ organizationId, amount: 11n, ttlMs: 60_000, idempotencyKey: 'req-2' }))).toBe(
        'IDEMPOTENCY_CONFLICT',
      );
    });

    it('a credit retried returns the first entry; another amount under its key conflicts', async () => {
      const organizationId = await fundedOrganization(0n);
      const first = await ledger.credit({ organizationId, amount: 50n, idempotencyKey: 'stripe:cs_1' });
      const [a, b] = await Promise.all([
        ledger.credit({ organizationId, amount: 50n, idempotencyKey: 'stripe:cs_1' }),
        ledger.credit({ organizationId, amount: 50n, idempotencyKey: 'stripe:cs_1' }),
      ]);
      expect(a).toEqual(first);
      expect(b).toEqual(first);
      expect(first).toMatchObject({ kind: 'credit', balanceDelta: 50n, balanceAfter: 50n, reservedAfter: 0n });
      expect(await codeOf(ledger.credit({ organizationId, amount: 51n, idempotencyKey: 'stripe:cs_1' }))).toBe(
        'IDEMPOTENCY_CONFLICT',
      );
      expect(await codeOf(ledger.debit({ organizationId, amount: 50n, idempotencyKey: 'stripe:cs_1' }))).toBe(
        'IDEMPOTENCY_CONFLICT',
      );
      expect((await ledger.getBalance({ organizationId })).balance).toBe(50n);
    });

    it('a settle retried with the same amount returns the same result', async () => {
      const organizationId = await fundedOrganization(100n);
      const hold = await ledger.hold({ organizationId, amount: 40n, ttlMs: 60_000, idempotencyKey: 's' });
      const [first, second] = await Promise.all([
        ledger.settle({ holdId: hold.id, amount: 25n }),
        ledger.settle({ holdId: hold.id, amount: 25n }),
      ]);
      expect(second).toEqual(first);
      expect(await ledger.settle({ holdId: hold.id, amount: 25n })).toEqual(first);
      expect(await codeOf(ledger.settle({ holdId: hold.id, amount: 24n }))).toBe('CONFLICT');
      expect(await ledger.getBalance({ organizationId })).toEqual({ balance: 75n, reserved: 0n, available: 75n });
      await expectConsistent(organizationId);
    });

    it('settling a voided hold conflicts; voiding twice returns the voided hold', async () => {
      const organizationId = await fundedOrganization(100n);
      const hold = await ledger.hold({ organizationId, amount: 40n, ttlMs: 60_000, idempotencyKey: 'v' });
      const voided = await ledger.void({ holdId: hold.id, reason: 'firewall blocked the prompt' });
      expect(voided.status).toBe('voided');
      expect(await ledger.void({ holdId: hold.id })).toEqual(voided);
      expect(await codeOf(ledger.settle({ holdId: hold.id, amount: 1n }))).toBe('CONFLICT');
      expect(await ledger.getBalance({ organizationId })).toEqual({ balance: 100n, reserved: 0n, available: 100n });
      const { entries } = await ledger.listEntries({ organizationId, limit: 1 });
      expect(entries[0]).toMatchObject({ kind: 'void', reservedDelta: -40n, reason: 'firewall blocked the prompt' });
    });

    it('voiding a settled hold conflicts', async () => {
      const organizationId = await fundedOrganization(100n);
      const hold = await ledger.hold({ organizationId, amount: 10n, ttlMs: 60_000, idempotencyKey: 'vs' });
      await ledger.settle({ holdId: hold.id, amount: 10n });
      expect(await codeOf(ledger.void({ holdId: hold.id }))).toBe('CONFLICT');
    });

    it('settling for more than the hold fails validation and changes nothing', async () => {
      const organizationId = await fundedOrganization(100n);
      const hold = await ledger.hold({ organizationId, amount: 10n, ttlMs: 60_000, idempotencyKey: 'big' });
      expect(await codeOf(ledger.settle({ holdId: hold.id, amount: 11n }))).toBe('VALIDATION_FAILED');
      expect(await codeOf(ledger.settle({ holdId: hold.id, amount: -1n }))).toBe('VALIDATION_FAILED');
      expect((await ledger.getHold({ holdId: hold.id })).status).toBe('active');
    });

    it('an unknown hold is not found', async () => {
      expect(await codeOf(ledger.settle({ holdId: 'hold_unknown', amount: 1n }))).toBe('NOT_FOUND');
      expect(await codeOf(ledger.void({ holdId: 'hold_unknown' }))).toBe('NOT_FOUND');
    });
  });

  describe('debit', () => {
    it('takes tokens back, never below what is available', async () => {
      const organizationId = await fundedOrganization(100n);
      await ledger.hold({ organizationId, amount: 30n, ttlMs: 60_000, idempotencyKey: 'h' });
      expect(await codeOf(ledger.debit({ organizationId, amount: 71n, idempotencyKey: 'd1' }))).toBe(
        'INSUFFICIENT_TOKENS',
      );
      const full = await ledger.debit({ organizationId, amount: 20n, idempotencyKey: 'd2', kind: 'refund' });
      expect(full).toMatchObject({ debited: 20n, shortfall: 0n, entry: { kind: 'refund', balanceDelta: -20n } });
      const partial = await ledger.debit({ organizationId, amount: 80n, idempotencyKey: 'd3', allowPartial: true });
      expect(partial).toMatchObject({ debited: 50n, shortfall: 30n, entry: { balanceDelta: -50n } });
      expect(await ledger.debit({ organizationId, amount: 80n, idempotencyKey: 'd3', allowPartial: true })).toEqual(
        partial,
      );
      expect(await ledger.getBalance({ organizationId })).toEqual({ balance: 30n, reserved: 30n, available: 0n });
      await expectConsistent(organizationId);
    });

    it('a partial debit with nothing available records the shortfall, and its retry does not take later credits', async () => {
      const organizationId = await fundedOrganization(0n);
      const first = await ledger.debit({ organizationId, amount: 10n, idempotencyKey: 'r', allowPartial: true });
      expect(first).toMatchObject({ debited: 0n, shortfall: 10n });
      await ledger.credit({ organizationId, amount: 10n, idempotencyKey: 'later' });
      expect(await ledger.debit({ organizationId, amount: 10n, idempotencyKey: 'r', allowPartial: true })).toEqual(
        first,
      );
      expect((await ledger.getBalance({ organizationId })).balance).toBe(10n);
    });
  });

  it('lists entries newest first, a page at a time', async () => {
    const organizationId = await fundedOrganization(0n);
    for (let index = 1; index <= 5; index += 1) {
      await ledger.credit({ organizationId, amount: BigInt(index), idempotencyKey: `c${index}` });
    }
    const first = await ledger.listEntries({ organizationId, limit: 2 });
    expect(first.entries.map((entry) => entry.balanceDelta)).toEqual([5n, 4n]);
    expect(first.nextCursor).not.toBeNull();
    const second = await ledger.listEntries({ organizationId, limit: 2, cursor: first.nextCursor ?? '' });
    expect(second.entries.map((entry) => entry.balanceDelta)).toEqual([3n, 2n]);
    const third = await ledger.listEntries({ organizationId, limit: 2, cursor: second.nextCursor ?? '' });
    expect(third.entries.map((entry) => entry.balanceDelta)).toEqual([1n]);
    expect(third.nextCursor).toBeNull();
    expect(await codeOf(ledger.listEntries({ organizationId, limit: 0 }))).toBe('VALIDATION_FAILED');
    expect(await codeOf(ledger.listEntries({ organizationId, limit: 2, cursor: 'abc' }))).toBe('VALIDATION_FAILED');
  });

  it('records who and what a hold was for on its entries', async () => {
    const organizationId = await fundedOrganization(100n);
    const hold = await ledger.hold({
      organizationId,
      amount: 5n,
      ttlMs: 60_000,
      idempotencyKey: 'attr',
      userId: 'usr_1',
      apiKeyId: 'key_1',
      action: 'chat_message',
      model: 'gpt-4o-mini',
      metadata: { requestId: 'req_1' },
    });
    await ledger.settle({ holdId: hold.id, amount: 3n });
    const { entries } = await ledger.listEntries({ organizationId, limit: 2 });
    expect(entries.map((entry) => entry.kind)).toEqual(['settle', 'hold']);
    for (const entry of entries) {
      expect(entry).toMatchObject({ holdId: hold.id, userId: 'usr_1', apiKeyId: 'key_1', model: 'gpt-4o-mini' });
    }
    expect(entries[1]?.metadata).toEqual({ requestId: 'req_1' });
  });

  it('the database refuses to update or delete a ledger entry', async () => {
    const organizationId = await fundedOrganization(10n);
    const [entry] = (await ledger.listEntries({ organizationId, limit: 1 })).entries;
    if (!entry) throw new Error('no entry');
    const { ledgerEntries } = schema;
    await expect(
      database.db
        .update(ledgerEntries)
        .set({ balanceDelta: 1_000n })
        .where(eq(ledgerEntries.id, BigInt(entry.id))),
    ).rejects.toThrow();
    await expect(database.db.delete(ledgerEntries).where(eq(ledgerEntries.id, BigInt(entry.id)))).rejects.toThrow();
    await expect(database.db.execute(sql`delete from ledger_entries`)).rejects.toThrow();
    expect((await ledger.listEntries({ organizationId, limit: 1 })).entries[0]).toEqual(entry);
  });

  it('a closed ledger refuses new work', async () => {
    const other = createLedger({ db: database.db });
    await other.close();
    expect(await codeOf(other.getBalance({ organizationId: 'org_x' }))).toBe('UNAVAILABLE');
  });
});
