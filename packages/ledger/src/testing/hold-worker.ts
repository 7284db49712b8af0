// A server process stand-in for the multi-process test: opens the database, waits for "go" on stdin so every
// worker starts at once, fires `count` concurrent holds of 1 token, and prints one JSON line with what happened.
// Run: LEDGER_WORKER_DATABASE_URL=… node --import tsx --conditions=source hold-worker.ts <organizationId> <count> <tag>
import { createInterface } from 'node:readline';
import { isAppError } from '@sigmacode/core';
import { createDb } from '@sigmacode/db';
import { createLedger } from '../create-ledger.js';

const [organizationId, countText, tag] = process.argv.slice(2);
const url = process.env.LEDGER_WORKER_DATABASE_URL;
if (!url || !organizationId || !countText || !tag) {
  process.stderr.write('usage: hold-worker.ts <organizationId> <count> <tag> (LEDGER_WORKER_DATABASE_URL set)\n');
  process.exit(2);
}

const database = await createDb({ url, migrate: false, poolSize: 4 });
const ledger = createLedger({ db: database.db });
await ledger.ensureAccount({ organizationId });
process.stdout.write('ready\n');
const lines = createInterface({ input: process.stdin });
await new Promise<void>((resolve) => lines.once('line', () => resolve()));
lines.close();

const outcomes = await Promise.allSettled(
  Array.from({ length: Number(countText) }, (_, index) =>
    ledger.hold({ organizationId, amount: 1n, ttlMs: 600_000, idempotencyKey: `${tag}-${index}` }),
  ),
);
const holdIds: string[] = [];
let insufficient = 0;
const otherErrors: string[] = [];
for (const outcome of outcomes) {
  if (outcome.status === 'fulfilled') holdIds.push(outcome.value.id);
  else if (isAppError(outcome.reason) && outcome.reason.code === 'INSUFFICIENT_TOKENS') insufficient += 1;
  else otherErrors.push(String(outcome.reason));
}
process.stdout.write(`${JSON.stringify({ holdIds, insufficient, otherErrors })}\n`);
await ledger.close();
await database.close();
