import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const children: ChildProcess[] = [];
const dirs: string[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** Starts `serve.ts` as `npm start` does, with only the given environment (plus PATH). */
function startServe(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', 'apps/server/src/serve.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', LOG_FORMAT: 'json', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const listening = new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', () => {
      const match = stdout.match(/"port":(\d+).*"msg":"SIGMACODE is listening"/);
      if (match?.[1]) resolve(Number(match[1]));
    });
    void exited.then((code) => reject(new Error(`exited with ${code}: ${stderr}${stdout}`)));
  });
  // Tests that expect an early exit never await `listening`; keep its rejection from going unhandled.
  listening.catch(() => {});
  return { child, exited, listening, output: () => ({ stdout, stderr }) };
}

describe('serve.ts', () => {
  it('stops with exit code 78 and one line naming a bad variable', async () => {
    const { exited, output } = startServe({ PORT: 'not-a-port' });
    expect(await exited).toBe(78);
    const lines = output().stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Invalid environment variable PORT: /);
  });

  it('refuses to start in production without SIGMACODE_SECRET', async () => {
    const { exited, output } = startServe({ NODE_ENV: 'production' });
    expect(await exited).toBe(78);
    expect(output().stderr.trim()).toMatch(/^Invalid environment variable SIGMACODE_SECRET: is required in production/);
  });

  it('names a malformed DATABASE_URL without echoing it', async () => {
    const { exited, output } = startServe({ DATABASE_URL: 'mysql://root:pw@db/x' });
    expect(await exited).toBe(78);
    const { stderr } = output();
    expect(stderr).toMatch(/^Invalid environment variable DATABASE_URL: /);
    expect(stderr).not.toContain('pw@db');
  });

  it('starts on embedded PGlite with no configuration, answers health, and exits 0 on SIGTERM', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'sigmacode-serve-'));
    dirs.push(dataDir);
    const { child, exited, listening } = startServe({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir });
    const port = await listening;
    const res = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', db: 'ok', redis: 'disabled' });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 60_000);

  it.runIf(process.env.TEST_DATABASE_URL)(
    'uses PostgreSQL when DATABASE_URL is set',
    async () => {
      const { createTestDatabaseUrl } = await import('@sigmacode/db/testing');
      const { url, drop } = await createTestDatabaseUrl();
      const dataDir = await mkdtemp(join(tmpdir(), 'sigmacode-serve-'));
      dirs.push(dataDir);
      try {
        const { child, exited, listening, output } = startServe({
          PORT: '0',
          HOST: '127.0.0.1',
          DATA_DIR: dataDir,
          DATABASE_URL: url,
        });
        const port = await listening;
        expect(output().stdout).toMatch(/"engine":"postgres".*"msg":"database ready"/);
        expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
        child.kill('SIGTERM');
        expect(await exited).toBe(0);
      } finally {
        await drop();
      }
    },
    60_000,
  );
});
