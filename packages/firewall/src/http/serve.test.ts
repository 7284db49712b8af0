import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LAUNCHER = fileURLToPath(new URL('../../bin/sigmaguard.mjs', import.meta.url));

function launch(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [LAUNCHER], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (data: Buffer) => {
    output += data.toString();
  });
  child.stderr?.on('data', (data: Buffer) => {
    output += data.toString();
  });
  return { child, output: () => output };
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

async function waitFor(check: () => string | undefined, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = check();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('sigmaguard launcher and serve.ts', () => {
  it('listens on the port from the environment, answers, and drains on SIGTERM', async () => {
    const { child, output } = launch({ FIREWALL_PORT: '0', FIREWALL_API_KEY: 'serve-test-key-0123456789' });
    const exited = exitOf(child);
    try {
      const url = await waitFor(() => {
        const line = output()
          .split('\n')
          .find((entry) => entry.includes('SigmaGuard is listening'));
        return line ? (JSON.parse(line) as { url: string }).url : undefined;
      }, 20_000);
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(`${url}/v1/analyze`, {
        method: 'POST',
        headers: { authorization: 'Bearer serve-test-key-0123456789' },
        body: JSON.stringify({ text: 'mail jane@example.org', direction: 'output' }),
      });
      expect(await response.json()).toMatchObject({ redactedText: 'mail [EMAIL]' });
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(output()).toContain('shutdown complete');
  }, 30_000);

  it('exits with 78 naming the variable when the configuration is unsafe', async () => {
    const { child, output } = launch({ FIREWALL_HOST: '0.0.0.0', FIREWALL_PORT: '0' });
    expect(await exitOf(child)).toBe(78);
    expect(output()).toMatch(/FIREWALL_API_KEY: is required when FIREWALL_HOST \(0\.0\.0\.0\)/);
  }, 30_000);
});
