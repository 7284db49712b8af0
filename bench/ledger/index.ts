// Ledger throughput: hold+settle pairs per second on one hot account and spread over many accounts, with the
// per-account group commit on and off. Needs PostgreSQL: BENCH_DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/test) names the server; the run creates a database of its own and drops it.
// Run with `npm run bench -- ledger`. BENCH_LEDGER_PGLITE=0 skips the PGlite rows; BENCH_LEDGER_ROWS=1,3 runs only
// those rows of the table (1-based).
import { availableParallelism } from 'node:os';
import { newId } from '@sigmacode/core';
import { createDb, type Database, schema } from '@sigmacode/db';
import { createTestDatabaseUrl } from '@sigmacode/db/testing';
import { type BatchOptions, createLedger } from '@sigmacode/ledger';
import { sql } from 'drizzle-orm';

const baseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const POOL_SIZE = 10;
const TIME_CAP_MS = 30_000;
const HOLD = 10n;
const CHARGE = 7n;

interface Scenario {
  name: string;
  engine: 'postgres' | 'pglite';
  accounts: number;
  concurrency: number;
  pairs: number;
  batch: BatchOptions;
}

interface Measured {
  scenario: Scenario;
  pairs: number;
  seconds: number;
  latencies: number[];
  consistent: boolean;
}

const scenarios: Scenario[] = [
  { name: 'hot account', engine: 'postgres', accounts: 1, concurrency: 64, pairs: 20_000, batch: {} },
  { name: 'hot account', engine: 'postgres', accounts: 1, concurrency: 256, pairs: 20_000, batch: {} },
  { name: '1,000 accounts', engine: 'postgres', accounts: 1_000, concurrency: 256, pairs: 20_000, batch: {} },
  { name: 'hot account', engine: 'postgres', accounts: 1, concurrency: 64, pairs: 5_000, batch: { enabled: false } },
  {
    name: '1,000 accounts',
    engine: 'postgres',
    accounts: 1_000,
    concurrency: 256,
    pairs: 20_000,
    batch: { enabled: false },
  },
];
if (process.env.BENCH_LEDGER_PGLITE !== '0') {
  scenarios.push(
    { name: 'hot account', engine: 'pglite', accounts: 1, concurrency: 64, pairs: 5_000, batch: {} },
    { name: 'hot account', engine: 'pglite', accounts: 1, concurrency: 64, pairs: 2_000, batch: { enabled: false } },
  );
}
const onlyRows = process.env.BENCH_LEDGER_ROWS?.split(',').map((row) => Number(row.trim()));
const selected = onlyRows ? scenarios.filter((_, index) => onlyRows.includes(index + 1)) : scenarios;

async function createOrganizations({ database, count }: { database: Database; count: number }): Promise<string[]> {
  const ids = Array.from({ length: count }, () => newId('org'));
  for (let start = 0; start < ids.length; start += 500) {
    const chunk = ids.slice(start, start + 500);
    await database.db
      .insert(schema.organizations)
      .values(chunk.map((id) => ({ id, name: id, slug: id.replace('_', '-') })));
  }
  return ids;
}

async function measure({ database, scenario, tag }: { database: Database; scenario: Scenario; tag: string }) {
  const ledger = createLedger({ db: database.db, batch: scenario.batch });
  const organizations = await createOrganizations({ database, count: scenario.accounts });
  await Promise.all(
    organizations.map((organizationId) =>
      ledger.credit({ organizationId, amount: 1_000_000_000_000n, idempotencyKey: `fund-${tag}` }),
    ),
  );

  async function run({
    pairs,
    prefix,
  }: {
    pairs: number;
    prefix: string;
  }): Promise<Omit<Measured, 'scenario' | 'consistent'>> {
    const latencies: number[] = [];
    let started = 0;
    const begin = performance.now();
    const deadline = begin + TIME_CAP_MS;
    async function caller(): Promise<void> {
      while (started < pairs && performance.now() < deadline) {
        const index = started++;
        const organizationId = organizations[index % organizations.length] ?? '';
        const t0 = performance.now();
        const hold = await ledger.hold({
          organizationId,
          amount: HOLD,
          ttlMs: 600_000,
          idempotencyKey: `${prefix}-${index}`,
        });
        await ledger.settle({ holdId: hold.id, amount: CHARGE });
        latencies.push(performance.now() - t0);
      }
    }
    await Promise.all(Array.from({ length: scenario.concurrency }, caller));
    return { pairs: latencies.length, seconds: (performance.now() - begin) / 1000, latencies };
  }

  await run({ pairs: Math.min(2_000, scenario.pairs / 5), prefix: `warm-${tag}` });
  // A live database has planner statistics (autovacuum keeps them); a fresh one would be planned blind.
  await database.db.execute(sql`analyze token_accounts, holds, ledger_entries`);
  globalThis.gc?.();
  const result = await run({ pairs: scenario.pairs, prefix: `run-${tag}` });
  await ledger.close();

  // Every account must still add up: the deltas of its entries equal its balance and reservation.
  const mismatches = await database.db.execute(sql`
    select a.id from token_accounts a
    left join (select account_id, sum(balance_delta) b, sum(reserved_delta) r from ledger_entries group by account_id) e
      on e.account_id = a.id
    where a.balance <> coalesce(e.b, 0) or a.reserved <> coalesce(e.r, 0) or a.reserved <> 0`);
  const consistent = (mismatches as unknown as { rows: unknown[] }).rows.length === 0;
  return { scenario, consistent, ...result };
}

function percentile({ sorted, p }: { sorted: number[]; p: number }): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function printTable(results: Measured[]): void {
  const header = ['engine', 'scenario', 'batching', 'callers', 'pairs', 'seconds', 'pairs/s', 'p50 ms', 'p99 ms', 'ok'];
  const rows = results.map(({ scenario, pairs, seconds, latencies, consistent }) => {
    const sorted = [...latencies].sort((a, b) => a - b);
    return [
      scenario.engine,
      scenario.name,
      scenario.batch.enabled === false ? 'off' : 'on',
      String(scenario.concurrency),
      String(pairs),
      seconds.toFixed(2),
      Math.round(pairs / seconds).toLocaleString('en-US'),
      percentile({ sorted, p: 50 }).toFixed(1),
      percentile({ sorted, p: 99 }).toFixed(1),
      consistent ? 'yes' : 'NO',
    ];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padStart(widths[column] ?? 0)).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

async function main(): Promise<void> {
  console.log(
    `ledger bench: hold ${HOLD} + settle ${CHARGE} per pair, each caller running pairs back to back; ` +
      `PostgreSQL pool ${POOL_SIZE}; batching on = defaults (maxSize 500, maxConcurrent 4); ` +
      `time cap ${TIME_CAP_MS / 1000} s per row; ${availableParallelism()} CPUs; node ${process.version}`,
  );
  const { url, drop } = await createTestDatabaseUrl({ baseUrl });
  const results: Measured[] = [];
  let failed = false;
  try {
    const postgres = await createDb({ url, poolSize: POOL_SIZE });
    try {
      for (const [index, scenario] of selected.entries()) {
        if (scenario.engine !== 'postgres') continue;
        results.push(await measure({ database: postgres, scenario, tag: `s${index}` }));
      }
    } finally {
      await postgres.close();
    }
    for (const [index, scenario] of selected.entries()) {
      if (scenario.engine !== 'pglite') continue;
      const pglite = await createDb({ dataDir: 'memory://' });
      try {
        results.push(await measure({ database: pglite, scenario, tag: `s${index}` }));
      } finally {
        await pglite.close();
      }
    }
  } catch (error) {
    failed = true;
    console.error(error);
  } finally {
    await drop();
  }
  printTable(results);
  if (failed || results.some((result) => !result.consistent)) process.exit(1);
}

await main();
