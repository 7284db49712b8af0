import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { connect, createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '@sigmacode/core';

/** The Portkey gateway, running as a child process. */
export interface PortkeyGateway {
  /** `http://127.0.0.1:<port>/v1` */
  url: string;
  pid: number;
  /** The last lines Portkey wrote to stderr (it logs failed requests there), and how many there were. */
  readonly errorLines: { count: number; last: string[] };
  stop(): Promise<void>;
}

const SHIM = fileURLToPath(new URL('./portkey-fetch-shim.mjs', import.meta.url));

/**
 * Starts `@portkey-ai/gateway` (the bench workspace's dev dependency) headless on a free port, with the fetch shim
 * that makes its streamed answers work under Node (see portkey-fetch-shim.mjs), and waits until it accepts
 * connections. Route requests with `x-portkey-provider: openai` and `x-portkey-custom-host: <upstream /v1 URL>`.
 *
 * @example
 * const portkey = await startPortkey()
 * // POST `${portkey.url}/chat/completions` with the x-portkey-* headers
 * await portkey.stop()
 */
export async function startPortkey({
  readyTimeoutMs = 30_000,
}: {
  readyTimeoutMs?: number;
} = {}): Promise<PortkeyGateway> {
  const require = createRequire(import.meta.url);
  const server = join(dirname(require.resolve('@portkey-ai/gateway/package.json')), 'build', 'start-server.js');
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', SHIM, server, `--port=${port}`, '--headless'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const errorLines = { count: 0, last: [] as string[] };
  child.stderr?.setEncoding('utf8').on('data', (text: string) => {
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      errorLines.count += 1;
      errorLines.last.push(line);
      if (errorLines.last.length > 20) errorLines.last.shift();
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitForPort({ port, child, deadline: Date.now() + readyTimeoutMs });
  return {
    url: `http://127.0.0.1:${port}/v1`,
    pid: child.pid ?? -1,
    errorLines,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new AppError('INTERNAL', { message: 'No free port.' });
  return address.port;
}

async function waitForPort({
  port,
  child,
  deadline,
}: {
  port: number;
  child: ChildProcess;
  deadline: number;
}): Promise<void> {
  for (;;) {
    if (child.exitCode !== null)
      throw new AppError('INTERNAL', { message: `Portkey exited with ${child.exitCode} before listening.` });
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect({ port, host: '127.0.0.1' });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new AppError('UPSTREAM_TIMEOUT', { message: `Portkey did not listen on ${port} in time.` });
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
