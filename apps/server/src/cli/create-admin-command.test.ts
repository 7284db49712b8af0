import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, schema } from '@sigmacode/db';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

function cli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--conditions=source', 'apps/server/src/cli/main.ts', ...args],
      {
        cwd: root,
        env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run cli -- create-admin', () => {
  it('creates a platform operator, and raises an existing user without touching the password', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'sigmacode-cli-'));
    dirs.push(dataDir);
    const env = { DATA_DIR: dataDir };
    const first = await cli(
      ['create-admin', '--email', 'Ops@Example.com', '--password', 'operator passphrase 2026'],
      env,
    );
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Created platform operator ops@example\.com \(usr_/);

    const again = await cli(['create-admin', '--email=ops@example.com', '--password=another passphrase 99'], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/already had an account; it is now a platform operator/);

    const database = await createDb({ dataDir: join(dataDir, 'pglite') });
    try {
      const users = await database.db.select().from(schema.users);
      expect(users).toHaveLength(1);
      expect(users[0]).toMatchObject({ email: 'ops@example.com', platformRole: 'admin' });
      const [account] = await database.db.select().from(schema.accounts);
      expect(account?.password).toMatch(/^\$argon2id\$/);
    } finally {
      await database.close();
    }
  }, 60_000);

  it('refuses a weak password and an unknown flag with a clear message and a non-zero exit', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'sigmacode-cli-'));
    dirs.push(dataDir);
    const weak = await cli(['create-admin', '--email', 'ops@example.com', '--password', 'password123'], {
      DATA_DIR: dataDir,
    });
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/too common/i);
    const typo = await cli(['create-admin', '--emial', 'ops@example.com'], { DATA_DIR: dataDir });
    expect(typo.code).toBe(1);
    expect(typo.stderr).toMatch(/Unknown argument --emial/);
  }, 60_000);
});
