import { AppError } from '@sigmacode/core';
import type { Database, HoldStatus } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLedger } from './create-ledger.js';
import type { Ledger } from './ledger.js';
import { createTestOrganization } from './testing/create-test-organization.js';
import { readAccountInvariants } from './testing/read-account-invariants.js';

/**
 * Random sequences of ledger operations on two accounts, sent through two ledgers over the same database (as two
 * server processes would, each with its own caches), checked step by step against a model of what the ledger must
 * do and, after every run, against the invariants the database must keep.
 */
type Command = { via: number } & (
  | { type: 'credit'; account: number; amount: bigint }
  | { type: 'hold'; account: number; amount: bigint; ttlMs: number }
  | { type: 'retryHold'; pick: number }
  | { type: 'burst'; account: number; count: number; amount: bigint }
  | { type: 'settle'; pick: number; permille: number; over: boolean; retry: boolean }
  | { type: 'void'; pick: number }
  | { type: 'expire'; advanceMs: number }
  | { type: 'debit'; account: number; amount: bigint; allowPartial: boolean }
);

const account = fc.integer({ min: 0, max: 1 });
const amount = fc.bigInt({ min: 1n, max: 60n });
const operation = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant('credit' as const), account, amount: fc.bigInt({ min: 1n, max: 200n }) }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('hold' as const),
      account,
      amount,
      ttlMs: fc.oneof(fc.integer({ min: 1, max: 5_000 }), fc.constant(600_000)),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('retryHold' as const), pick: fc.nat({ max: 3 }) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('burst' as const),
      account,
      count: fc.integer({ min: 2, max: 8 }),
      amount,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('settle' as const),
      pick: fc.nat({ max: 3 }),
      permille: fc.integer({ min: 0, max: 1_000 }),
      over: fc.oneof({ weight: 1, arbitrary: fc.constant(true) }, { weight: 5, arbitrary: fc.constant(false) }),
      retry: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('void' as const), pick: fc.nat({ max: 3 }) }) },
  {
    weight: 2,
    arbitrary: fc.record({ type: fc.constant('expire' as const), advanceMs: fc.integer({ min: 0, max: 6_000 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant('debit' as const), account, amount, allowPartial: fc.boolean() }),
  },
);
/** Which of the two ledgers (processes) sends the command. */
const command: fc.Arbitrary<Command> = fc
  .tuple(operation, fc.integer({ min: 0, max: 1 }))
  .map(([chosen, via]) => ({ ...chosen, via }));
const funding = fc.tuple(fc.bigInt({ min: 0n, max: 300n }), fc.bigInt({ min: 0n, max: 300n }));

interface ModelHold {
  id: string;
  account: number;
  key: string;
  amount: bigint;
  status: HoldStatus;
  settledAmount: bigint | null;
  expiresAt: number;
}

async function codeOf(promise: Promise<unknown>): Promise<string | 'ok'> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe.each(testEngines())('ledger properties on $name', (engine) => {
  let database: Database;
  let clock: number;
  let ledger: Ledger;
  let other: Ledger;
  beforeAll(async () => {
    database = await engine.create();
    clock = Date.UTC(2030, 0, 1);
    ledger = createLedger({ db: database.db, now: () => new Date(clock) });
    other = createLedger({ db: database.db, now: () => new Date(clock) });
  });
  afterAll(async () => {
    await Promise.all([ledger.close(), other.close()]);
    await database.close();
  });

  it('random operations keep every account equal to its model and to its journal', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        funding,
        fc.array(command, { minLength: 5, maxLength: 30, size: 'max' }),
        async (initial, commands) => {
          run += 1;
          const organizations = [
            await createTestOrganization({ db: database.db }),
            await createTestOrganization({ db: database.db }),
          ];
          const model = organizations.map((_, index) => ({ balance: initial[index] ?? 0n, reserved: 0n }));
          for (const [index, organizationId] of organizations.entries()) {
            await ledger.ensureAccount({ organizationId });
            const tokens = initial[index] ?? 0n;
            if (tokens > 0n) await ledger.credit({ organizationId, amount: tokens, idempotencyKey: `r${run}-fund` });
          }
          const holds: ModelHold[] = [];
          // Picks count from the newest hold, so one hold is often acted on more than once (retries, conflicts).
          const pickHold = (pick: number) => holds[holds.length - 1 - (pick % Math.max(holds.length, 1))];
          const available = (index: number) => (model[index]?.balance ?? 0n) - (model[index]?.reserved ?? 0n);
          const at = (index: number) => {
            const state = model[index];
            if (!state) throw new Error('no such account');
            return state;
          };
          const organizationOf = (index: number) => organizations[index] ?? '';
          let step = 0;

          for (const next of commands) {
            step += 1;
            const via = next.via === 0 ? ledger : other;
            const key = `r${run}-s${step}`;
            switch (next.type) {
              case 'credit': {
                await via.credit({
                  organizationId: organizationOf(next.account),
                  amount: next.amount,
                  idempotencyKey: key,
                });
                at(next.account).balance += next.amount;
                break;
              }
              case 'hold': {
                const fits = available(next.account) >= next.amount;
                const result = await ledger
                  .hold({
                    organizationId: organizationOf(next.account),
                    amount: next.amount,
                    ttlMs: next.ttlMs,
                    idempotencyKey: key,
                  })
                  .catch((error: unknown) => error);
                if (!fits) {
                  expect(result).toMatchObject({ code: 'INSUFFICIENT_TOKENS' });
                  break;
                }
                if (result instanceof Error || typeof result !== 'object' || result === null || !('id' in result)) {
                  throw new Error(`hold failed: ${String(result)}`);
                }
                at(next.account).reserved += next.amount;
                holds.push({
                  id: String(result.id),
                  account: next.account,
                  key,
                  amount: next.amount,
                  status: 'active',
                  settledAmount: null,
                  expiresAt: clock + next.ttlMs,
                });
                break;
              }
              case 'retryHold': {
                const hold = pickHold(next.pick);
                if (!hold) break;
                const again = await via.hold({
                  organizationId: organizationOf(hold.account),
                  amount: hold.amount,
                  ttlMs: 1_000,
                  idempotencyKey: hold.key,
                });
                expect(again).toMatchObject({ id: hold.id, status: hold.status });
                break;
              }
              case 'burst': {
                const expected = Number(
                  available(next.account) / next.amount < BigInt(next.count)
                    ? available(next.account) / next.amount
                    : BigInt(next.count),
                );
                const outcomes = await Promise.allSettled(
                  Array.from({ length: next.count }, (_, index) =>
                    via.hold({
                      organizationId: organizationOf(next.account),
                      amount: next.amount,
                      ttlMs: 600_000,
                      idempotencyKey: `${key}-${index}`,
                    }),
                  ),
                );
                const made = outcomes.flatMap((outcome, index) =>
                  outcome.status === 'fulfilled' ? [{ hold: outcome.value, index }] : [],
                );
                expect(made).toHaveLength(expected);
                for (const { hold, index } of made) {
                  holds.push({
                    id: hold.id,
                    account: next.account,
                    key: `${key}-${index}`,
                    amount: next.amount,
                    status: 'active',
                    settledAmount: null,
                    expiresAt: clock + 600_000,
                  });
                }
                at(next.account).reserved += next.amount * BigInt(expected);
                break;
              }
              case 'settle': {
                const hold = pickHold(next.pick);
                if (!hold) break;
                // A retry of a settled hold asks for the same amount again (and must get the same answer).
                const charge = next.over
                  ? hold.amount + 1n
                  : next.retry && hold.settledAmount !== null
                    ? hold.settledAmount
                    : (hold.amount * BigInt(next.permille)) / 1_000n;
                const code = await codeOf(via.settle({ holdId: hold.id, amount: charge }));
                if (next.over) expect(code).toBe('VALIDATION_FAILED');
                else if (hold.status === 'active') {
                  expect(code).toBe('ok');
                  hold.status = 'settled';
                  hold.settledAmount = charge;
                  at(hold.account).balance -= charge;
                  at(hold.account).reserved -= hold.amount;
                } else if (hold.status === 'settled' && hold.settledAmount === charge) expect(code).toBe('ok');
                else expect(code).toBe('CONFLICT');
                break;
              }
              case 'void': {
                const hold = pickHold(next.pick);
                if (!hold) break;
                const code = await codeOf(via.void({ holdId: hold.id }));
                if (hold.status === 'active') {
                  expect(code).toBe('ok');
                  hold.status = 'voided';
                  at(hold.account).reserved -= hold.amount;
                } else expect(code).toBe(hold.status === 'voided' ? 'ok' : 'CONFLICT');
                break;
              }
              case 'expire': {
                clock += next.advanceMs;
                await via.expireHolds({ limit: 100_000 });
                for (const hold of holds) {
                  if (hold.status === 'active' && hold.expiresAt <= clock) {
                    hold.status = 'expired';
                    at(hold.account).reserved -= hold.amount;
                  }
                }
                break;
              }
              case 'debit': {
                const free = available(next.account);
                const result = await ledger
                  .debit({
                    organizationId: organizationOf(next.account),
                    amount: next.amount,
                    allowPartial: next.allowPartial,
                    idempotencyKey: key,
                  })
                  .catch((error: unknown) => error);
                if (free < next.amount && !next.allowPartial) {
                  expect(result).toMatchObject({ code: 'INSUFFICIENT_TOKENS' });
                  break;
                }
                const debited = free < next.amount ? free : next.amount;
                expect(result).toMatchObject({ debited, shortfall: next.amount - debited });
                at(next.account).balance -= debited;
                break;
              }
            }
          }

          for (const [index, organizationId] of organizations.entries()) {
            const expected = at(index);
            expect(await ledger.getBalance({ organizationId })).toEqual({
              balance: expected.balance,
              reserved: expected.reserved,
              available: expected.balance - expected.reserved,
            });
            const facts = await readAccountInvariants({ db: database.db, organizationId });
            expect(facts.balance).toBeGreaterThanOrEqual(0n);
            expect(facts.reserved).toBeGreaterThanOrEqual(0n);
            expect(facts.reserved).toBeLessThanOrEqual(facts.balance);
            expect(facts.balanceFromEntries).toBe(facts.balance);
            expect(facts.reservedFromEntries).toBe(facts.reserved);
            expect(facts.activeHolds).toBe(facts.reserved);
            expect(facts.maxResolutionsPerHold).toBeLessThanOrEqual(1);
          }
          for (const hold of holds) {
            expect(await ledger.getHold({ holdId: hold.id })).toMatchObject({
              status: hold.status,
              settledAmount: hold.settledAmount,
            });
          }
        },
      ),
      { numRuns: 30 },
    );
  }, 120_000);
});
