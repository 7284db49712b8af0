import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAuditLog } from '@sigmacode/audit';
import { createDb, type Database, rowsOf } from '@sigmacode/db';
import { createTestDatabaseUrl } from '@sigmacode/db/testing';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Env, loadEnv } from '../../config/env.js';
import { silentLogger } from '../../testing/build-test-app.js';
import type { CliCommand } from '../command.js';
import { auditCommand } from './audit-verify-command.js';
import { backupCommand } from './backup-command.js';
import { restoreCommand } from './restore-command.js';

const SECRET = 'cli-test-secret-cli-test-secret-0123456789';

/** A place the CLI can run against: a DATA_DIR, and on PostgreSQL a fresh database. */
interface Target {
  env: Env;
  open(): Promise<Database>;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function newTarget(engine: 'pglite' | 'postgres'): Promise<Target> {
  const dataDir = await mkdtemp(join(tmpdir(), 'sigmacode-cli-'));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  let url: string | undefined;
  if (engine === 'postgres') {
    const created = await createTestDatabaseUrl();
    cleanups.push(created.drop);
    url = created.url;
  }
  const env = loadEnv({ DATA_DIR: dataDir, SIGMACODE_SECRET: SECRET, ...(url ? { DATABASE_URL: url } : {}) });
  return {
    env,
    open: () => createDb({ ...(url ? { url, poolSize: 2 } : {}), dataDir: join(dataDir, 'pglite') }),
  };
}

async function runCli(command: CliCommand, target: Target, args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    const code = await command.run({ args, env: target.env, logger: silentLogger() });
    return { code, out };
  } finally {
    spy.mockRestore();
  }
}

const engines = process.env.TEST_DATABASE_URL ? (['pglite', 'postgres'] as const) : (['pglite'] as const);

describe.each(engines)('npm run cli -- audit verify, backup and restore on %s', (engine) => {
  it('verifies an intact log, survives a backup restored into a fresh database, and names a tampered entry', async () => {
    const source = await newTarget(engine);
    const database = await source.open();
    const audit = createAuditLog({ db: database.db, secret: SECRET, checkpoint: { everyEntries: 5 } });
    for (let i = 1; i <= 12; i += 1) {
      await audit.record({ action: 'billing.credit', organizationId: 'org_cli', actorId: 'usr_op', details: { i } });
    }
    await audit.record({ action: 'auth.sign_in_failed', organizationId: null, details: { email: 'x@example.test' } });
    await database.close();

    const intact = await runCli(auditCommand, source, ['verify']);
    expect(intact.out.split('\n')[0]).toBe('13/13 entries valid, 2/2 checkpoints valid');
    expect(intact.code).toBe(0);
    expect((await runCli(auditCommand, source, ['verify', '--org', 'org_cli'])).out).toMatch(/^12\/12 entries valid/);
    expect((await runCli(auditCommand, source, ['checkpoint'])).out).toMatch(/^2 checkpoint\(s\) signed/);

    const file = join(source.env.DATA_DIR, 'backup.dump');
    expect((await runCli(backupCommand, source, ['--out', file])).code).toBe(0);
    const copy = await newTarget(engine);
    expect((await runCli(restoreCommand, copy, ['--in', file])).code).toBe(0);
    const restored = await runCli(auditCommand, copy, ['verify']);
    expect(restored.out.split('\n')[0]).toBe('13/13 entries valid, 4/4 checkpoints valid');
    expect(restored.code).toBe(0);
    // Restoring over a database that is not empty is refused.
    await expect(runCli(restoreCommand, copy, ['--in', file])).rejects.toMatchObject({ code: 'CONFLICT' });

    const tampered = await copy.open();
    const [row] = rowsOf(
      await tampered.db.execute(sql`select id from audit_entries where chain = 'org_cli' and seq = 7`),
    );
    await tampered.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`update audit_entries set details = '{"i": 700}'::jsonb where id = ${row?.id}`);
    });
    await tampered.close();
    const broken = await runCli(auditCommand, copy, ['verify']);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('12/13 entries valid, 4/4 checkpoints valid');
    expect(broken.out).toContain(`[content-altered] chain org_cli, seq 7, entry ${row?.id}`);
  });
});
