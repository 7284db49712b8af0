import { type Database, schema } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLedger } from './create-ledger.js';
import type { Ledger } from './ledger.js';
import { createTestOrganization } from './testing/create-test-organization.js';
import { readAccountInvariants } from './testing/read-account-invariants.js';

describe.each(testEngines())('hold expiry on $name', (engine) => {
  let database: Database;
  let clock: Date;
  let ledger: Ledger;
  let organizationId: string;

  beforeEach(async () => {
    database = await engine.create();
    clock = new Date('2030-01-15T12:00:00Z');
    ledger = createLedger({ db: database.db, now: () => clock });
    organizationId = await createTestOrganization({ db: database.db });
    await ledger.credit({ organizationId, amount: 1_000n, idempotencyKey: 'fund' });
  });
  afterEach(async () => {
    await ledger.close();
    await database.close();
  });

  function advance(ms: number): void {
    clock = new Date(clock.getTime() + ms);
  }

  it('an expired hold releases its reservation with an expiry entry, and a late settle conflicts', async () => {
    const hold = await ledger.hold({ organizationId, amount: 100n, ttlMs: 60_000, idempotencyKey: 'late' });
    expect(hold.expiresAt).toEqual(new Date('2030-01-15T12:01:00Z'));
    const fresh = await ledger.hold({ organizationId, amount: 50n, ttlMs: 600_000, idempotencyKey: 'fresh' });

    advance(59_000);
    expect(await ledger.expireHolds()).toBe(0);
    advance(2_000);
    expect(await ledger.expireHolds()).toBe(1);

    expect(await ledger.getHold({ holdId: hold.id })).toMatchObject({ status: 'expired', resolvedAt: clock });
    expect((await ledger.getHold({ holdId: fresh.id })).status).toBe('active');
    expect(await ledger.getBalance({ organizationId })).toEqual({ balance: 1_000n, reserved: 50n, available: 950n });
    const [entry] = (await ledger.listEntries({ organizationId, limit: 1 })).entries;
    expect(entry).toMatchObject({ kind: 'expiry', holdId: hold.id, balanceDelta: 0n, reservedDelta: -100n });

    await expect(ledger.settle({ holdId: hold.id, amount: 10n })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(ledger.void({ holdId: hold.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await ledger.expireHolds()).toBe(0);
  });

  it('a hold whose ttl is already past is expired by the next sweep', async () => {
    const hold = await ledger.hold({ organizationId, amount: 10n, ttlMs: -1, idempotencyKey: 'past' });
    expect(await ledger.expireHolds({ now: clock })).toBe(1);
    expect((await ledger.getHold({ holdId: hold.id })).status).toBe('expired');
  });

  it('an active hold past its expiry can still be settled until the sweeper runs', async () => {
    const hold = await ledger.hold({ organizationId, amount: 10n, ttlMs: 1_000, idempotencyKey: 'slow' });
    advance(5_000);
    expect((await ledger.settle({ holdId: hold.id, amount: 4n })).charged).toBe(4n);
    expect(await ledger.expireHolds()).toBe(0);
  });

  it('concurrent sweepers, in one process and in two, expire each hold exactly once', async () => {
    const other = createLedger({ db: database.db, now: () => clock });
    const holds = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        ledger.hold({ organizationId, amount: 3n, ttlMs: 1_000 + index, idempotencyKey: `sweep-${index}` }),
      ),
    );
    advance(10_000);
    const counts = await Promise.all([
      ledger.expireHolds(),
      ledger.expireHolds(),
      other.expireHolds(),
      other.expireHolds({ limit: 7 }),
    ]);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(30);

    const facts = await readAccountInvariants({ db: database.db, organizationId });
    expect(facts.maxResolutionsPerHold).toBe(1);
    expect(facts.reserved).toBe(0n);
    expect(facts.reservedFromEntries).toBe(0n);
    const expiries = await database.db
      .select()
      .from(schema.ledgerEntries)
      .where(eq(schema.ledgerEntries.kind, 'expiry'));
    expect(new Set(expiries.map((entry) => entry.holdId))).toEqual(new Set(holds.map((hold) => hold.id)));
    await other.close();
  });

  it('expiry respects the limit and sweeps the oldest first', async () => {
    const first = await ledger.hold({ organizationId, amount: 1n, ttlMs: 1_000, idempotencyKey: 'a' });
    await ledger.hold({ organizationId, amount: 1n, ttlMs: 2_000, idempotencyKey: 'b' });
    advance(5_000);
    expect(await ledger.expireHolds({ limit: 1 })).toBe(1);
    expect((await ledger.getHold({ holdId: first.id })).status).toBe('expired');
    expect(await ledger.expireHolds({ limit: 1 })).toBe(1);
  });
});
