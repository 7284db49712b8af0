import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Builds apps/web/dist when it is missing or older than its sources — the same rule `npm start` uses. */
export async function ensureWebBuild(): Promise<void> {
  const { webBuildIsStale } = (await import(join(ROOT, 'scripts/web-build-state.mjs'))) as {
    webBuildIsStale: () => boolean;
  };
  if (!webBuildIsStale()) return;
  const build = spawnSync('npm', ['run', 'build', '--workspace', '@sigmacode/web'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`the dashboard build failed:\n${build.stdout}\n${build.stderr}`);
}

export interface E2eServer {
  url: string;
  admin: { email: string; password: string };
  stop: () => Promise<void>;
  logs: () => string;
}

/**
 * Starts the real server (`apps/server/src/serve.ts`, as `npm start` runs it) on a free port with a fresh PGlite
 * data directory, after creating a platform operator with the CLI (`create-admin`) in that directory.
 */
export async function startE2eServer(): Promise<E2eServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'sigmacode-e2e-'));
  const admin = { email: 'operator@e2e.test', password: 'copper lantern meadow 42 orbit' };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: url,
    DATA_DIR: dataDir,
    SIGMACODE_SECRET: 'e2e-secret-e2e-secret-e2e-secret-0123456789',
    LOG_LEVEL: 'warn',
  };
  // The suite always uses its own PGlite directory: a separate server process must not share the test database.
  delete env.DATABASE_URL;
  delete env.REDIS_URL;

  const node = [process.execPath, '--import', 'tsx', '--conditions=source'] as const;
  const created = spawnSync(
    node[0],
    [
      ...node.slice(1),
      'apps/server/src/cli/main.ts',
      'create-admin',
      '--email',
      admin.email,
      '--password',
      admin.password,
    ],
    { cwd: ROOT, env, encoding: 'utf8' },
  );
  if (created.status !== 0) throw new Error(`create-admin failed:\n${created.stdout}\n${created.stderr}`);

  let output = '';
  const child: ChildProcess = spawn(node[0], [...node.slice(1), 'apps/server/src/serve.ts'], { cwd: ROOT, env });
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });

  const deadline = Date.now() + 90_000;
  while (true) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
    const ok = await fetch(`${url}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`the server did not become healthy:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }

  return {
    url,
    admin,
    logs: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
