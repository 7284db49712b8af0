import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { AppError } from '@sigmacode/core';
import { createDb, type Database } from '@sigmacode/db';
import { createTestDatabaseUrl, testEngines } from '@sigmacode/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLedger } from './create-ledger.js';
import type { Hold, Ledger } from './ledger.js';
import { createTestOrganization } from './testing/create-test-organization.js';
import { readAccountInvariants } from './testing/read-account-invariants.js';

async function expectConsistent({ db, organizationId }: { db: Database['db']; organizationId: string }) {
  const facts = await readAccountInvariants({ db, organizationId });
  expect(facts.balanceFromEntries).toBe(facts.balance);
  expect(facts.reservedFromEntries).toBe(facts.reserved);
  expect(facts.activeHolds).toBe(facts.reserved);
  expect(facts.maxResolutionsPerHold).toBeLessThanOrEqual(1);
  return facts;
}

describe.each(testEngines())('concurrent holds on $name', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await engine.create();
  });
  afterAll(() => database.close());

  describe.each([
    { batching: 'batched', enabled: true },
    { batching: 'unbatched', enabled: false },
  ])('$batching', ({ enabled }) => {
    it('500 concurrent holds of 1 on a balance of 100: exactly 100 succeed, and settling them empties the account', async () => {
      const ledger = createLedger({ db: database.db, batch: { enabled } });
      const organizationId = await createTestOrganization({ db: database.db });
      await ledger.credit({ organizationId, amount: 100n, idempotencyKey: 'fund' });

      const outcomes = await Promise.allSettled(
        Array.from({ length: 500 }, (_, index) =>
          ledger.hold({ organizationId, amount: 1n, ttlMs: 60_000, idempotencyKey: `h${index}` }),
        ),
      );
      const holds = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
      const refusals = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []));
      expect(holds).toHaveLength(100);
      expect(refusals).toHaveLength(400);
      for (const reason of refusals) expect(reason).toMatchObject({ code: 'INSUFFICIENT_TOKENS' });
      expect(await ledger.getBalance({ organizationId })).toEqual({ balance: 100n, reserved: 100n, available: 0n });

      await Promise.all(holds.map((hold) => ledger.settle({ holdId: hold.id, amount: 1n })));
      expect(await ledger.getBalance({ organizationId })).toEqual({ balance: 0n, reserved: 0n, available: 0n });
      const facts = await expectConsistent({ db: database.db, organizationId });
      expect(facts.balance).toBe(0n);
      await ledger.close();
    });
  });

  it('two ledgers (as two processes would) share one account without overspending', async () => {
    const first = createLedger({ db: database.db });
    const second = createLedger({ db: database.db });
    const organizationId = await createTestOrganization({ db: database.db });
    await first.credit({ organizationId, amount: 50n, idempotencyKey: 'fund' });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 120 }, (_, index) =>
        (index % 2 === 0 ? first : second).hold({
          organizationId,
          amount: 1n,
          ttlMs: 60_000,
          idempotencyKey: `k${index}`,
        }),
      ),
    );
    const holds = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
    expect(holds).toHaveLength(50);
    // Settled through the other ledger, which has to find the hold's account in the database.
    await Promise.all(
      holds.map((hold, index) => (index % 2 === 0 ? second : first).settle({ holdId: hold.id, amount: 1n })),
    );
    expect(await first.getBalance({ organizationId })).toEqual({ balance: 0n, reserved: 0n, available: 0n });
    await expectConsistent({ db: database.db, organizationId });
    await Promise.all([first.close(), second.close()]);
  });
});

describe.each(testEngines())('a failing batch transaction on $name', (engine) => {
  let database: Database;
  let ledger: Ledger;
  beforeAll(async () => {
    database = await engine.create();
    ledger = createLedger({ db: database.db });
    // Sequences are not transactional, so the trigger can fail exactly the first attempts and then let them pass.
    await database.db.execute(sql`create sequence injected_failures`);
    await database.db.execute(sql`
      create function inject_hold_failures() returns trigger language plpgsql as $$
      begin
        if new.amount = 13 then
          raise exception 'injected permanent failure' using errcode = 'check_violation';
        end if;
        if new.amount = 7 and nextval('injected_failures') <= 2 then
          raise exception 'injected serialization failure' using errcode = 'serialization_failure';
        end if;
        return new;
      end $$`);
    await database.db.execute(
      sql`create trigger inject_hold_failures before insert on holds for each row execute function inject_hold_failures()`,
    );
  });
  afterAll(async () => {
    await ledger.close();
    await database.close();
  });

  it('a serialization failure is retried: every caller gets its hold, once', async () => {
    const organizationId = await createTestOrganization({ db: database.db });
    await ledger.credit({ organizationId, amount: 100n, idempotencyKey: 'fund' });
    const holds = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        ledger.hold({ organizationId, amount: 7n, ttlMs: 60_000, idempotencyKey: `r${index}` }),
      ),
    );
    expect(new Set(holds.map((hold) => hold.id)).size).toBe(10);
    const facts = await expectConsistent({ db: database.db, organizationId });
    expect(facts.reserved).toBe(70n);
  });

  it('an operation the database refuses fails alone, and the rest of its batch commits', async () => {
    const organizationId = await createTestOrganization({ db: database.db });
    await ledger.credit({ organizationId, amount: 100n, idempotencyKey: 'fund' });
    const outcomes = await Promise.allSettled(
      [5n, 13n, 6n, 13n, 8n].map((amount, index) =>
        ledger.hold({ organizationId, amount, ttlMs: 60_000, idempotencyKey: `p${index}` }),
      ),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    const rejected = outcomes.find((outcome) => outcome.status === 'rejected');
    expect(rejected?.status === 'rejected' && rejected.reason instanceof AppError).toBe(false);
    const facts = await expectConsistent({ db: database.db, organizationId });
    expect(facts.reserved).toBe(19n);
  });
});

const postgres = testEngines().find((engine) => engine.name === 'postgres');
if (postgres) {
  describe('holds from three server processes on postgres', () => {
    const worker = fileURLToPath(new URL('./testing/hold-worker.ts', import.meta.url));
    const root = fileURLToPath(new URL('../../..', import.meta.url));

    async function startWorker({
      url,
      organizationId,
      count,
      tag,
    }: {
      url: string;
      organizationId: string;
      count: number;
      tag: string;
    }): Promise<{ child: ChildProcessWithoutNullStreams; lines: string[]; stderr: string[] }> {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', '--conditions=source', worker, organizationId, String(count), tag],
        { cwd: root, env: { ...process.env, LEDGER_WORKER_DATABASE_URL: url } },
      );
      const lines: string[] = [];
      const stderr: string[] = [];
      let buffered = '';
      child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
      const ready = new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          buffered += chunk.toString();
          const parts = buffered.split('\n');
          buffered = parts.pop() ?? '';
          for (const line of parts) {
            lines.push(line);
            if (line === 'ready') resolve();
          }
        });
        child.once('exit', (code) => reject(new Error(`worker exited (${code}): ${stderr.join('')}`)));
      });
      await ready;
      return { child, lines, stderr };
    }

    it('exactly 100 of 500 holds of 1 succeed across 3 processes, and the account adds up', async () => {
      const { url, drop } = await createTestDatabaseUrl();
      const database = await createDb({ url, poolSize: 2 });
      try {
        const organizationId = await createTestOrganization({ db: database.db });
        const ledger = createLedger({ db: database.db });
        await ledger.credit({ organizationId, amount: 100n, idempotencyKey: 'fund' });

        const counts = [167, 167, 166];
        const workers = await Promise.all(
          counts.map((count, index) => startWorker({ url, organizationId, count, tag: `p${index}` })),
        );
        for (const { child } of workers) child.stdin.write('go\n');
        const reports = await Promise.all(
          workers.map(async ({ child, lines, stderr }) => {
            const [code] = await once(child, 'exit');
            expect(code, stderr.join('')).toBe(0);
            const last = lines.at(-1) ?? '';
            return JSON.parse(last) as { holdIds: string[]; insufficient: number; otherErrors: string[] };
          }),
        );

        const holdIds = reports.flatMap((report) => report.holdIds);
        expect(reports.flatMap((report) => report.otherErrors)).toEqual([]);
        expect(holdIds).toHaveLength(100);
        expect(new Set(holdIds).size).toBe(100);
        expect(reports.reduce((sum, report) => sum + report.insufficient, 0)).toBe(400);
        expect(await ledger.getBalance({ organizationId })).toEqual({ balance: 100n, reserved: 100n, available: 0n });

        const settled: Hold[] = (await Promise.all(holdIds.map((holdId) => ledger.settle({ holdId, amount: 1n })))).map(
          (result) => result.hold,
        );
        expect(settled.every((hold) => hold.status === 'settled')).toBe(true);
        const facts = await expectConsistent({ db: database.db, organizationId });
        expect(facts.balance).toBe(0n);
        await ledger.close();
      } finally {
        await database.close();
        await drop();
      }
    }, 60_000);
  });
}
