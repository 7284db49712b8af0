import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, type Database } from '@sigmacode/db';
import { createTestDatabaseUrl, type TestDatabaseUrl } from '@sigmacode/db/testing';
import { createLedger, type Ledger } from '@sigmacode/ledger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
/** The origin the servers trust (their PUBLIC_URL); a browser sends it with every state change. */
const ORIGIN = 'http://localhost:3000';
const PER_KEY_LIMIT = 10;

interface Instance {
  child: ChildProcess;
  base: string;
  exited: Promise<number | null>;
  output(): string;
}

/** Starts `serve.ts` as `npm start` does, on the shared database and Redis; resolves once it listens. */
async function startInstance(env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', 'apps/server/src/serve.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', LOG_FORMAT: 'json', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', () => {
      const match = output.match(/"port":(\d+).*"msg":"SIGMACODE is listening"/);
      if (match?.[1]) resolve(Number(match[1]));
    });
    void exited.then((code) => reject(new Error(`the server exited with ${code}: ${output}`)));
  });
  return { child, base: `http://127.0.0.1:${port}`, exited, output: () => output };
}

async function stopInstance(instance: Instance): Promise<void> {
  if (instance.child.exitCode !== null) return;
  instance.child.kill('SIGTERM');
  const timer = setTimeout(() => instance.child.kill('SIGKILL'), 15_000);
  await instance.exited;
  clearTimeout(timer);
}

/**
 * Two real server processes behind no load balancer but one PostgreSQL and one Redis, as several instances run in
 * production: a session made on one is valid on the other, a token balance cannot be overspent by calls spread over
 * both, and a per-key rate limit counts the requests of both.
 */
describe.runIf(process.env.TEST_DATABASE_URL && process.env.TEST_REDIS_URL)(
  'two instances on one database and Redis',
  () => {
    let testDatabase: TestDatabaseUrl;
    let database: Database;
    let ledger: Ledger;
    let dataDirs: string[] = [];
    let instances: Instance[] = [];
    let cookie: string;
    let organizationId: string;

    const [first, second] = [() => instances[0] as Instance, () => instances[1] as Instance];
    const consoleCall = (instance: Instance, path: string, init: RequestInit = {}) =>
      fetch(`${instance.base}${path}`, {
        ...init,
        headers: { 'Content-Type': 'application/json', Origin: ORIGIN, Cookie: cookie, ...init.headers },
      });
    const newKey = async (instance: Instance, name: string) => {
      const res = await consoleCall(instance, '/api/keys', {
        method: 'POST',
        body: JSON.stringify({ name, scopes: ['chat'] }),
      });
      expect(res.status).toBe(201);
      return ((await res.json()) as { secret: string }).secret;
    };
    const chat = (instance: Instance, key: string) =>
      fetch(`${instance.base}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
        body: JSON.stringify({ model: 'sigmacode/echo', messages: [{ role: 'user', content: 'hello' }] }),
      });

    beforeAll(async () => {
      testDatabase = await createTestDatabaseUrl();
      // Migrated once here; the servers find nothing to apply (they would queue on the migration lock anyway).
      database = await createDb({ url: testDatabase.url, poolSize: 2 });
      ledger = createLedger({ db: database.db });
      dataDirs = await Promise.all([0, 1].map(() => mkdtemp(join(tmpdir(), 'sigmacode-multi-'))));
      const shared = {
        PORT: '0',
        HOST: '127.0.0.1',
        PUBLIC_URL: ORIGIN,
        DATABASE_URL: testDatabase.url,
        DATABASE_POOL_SIZE: '4',
        REDIS_URL: process.env.TEST_REDIS_URL ?? '',
        // Identical on every instance: a session signed by one verifies on the other.
        SIGMACODE_SECRET: 'multi-instance-test-secret-0123456789abcdef',
        SIGNUP_CREDIT_TOKENS: '0',
        RATE_LIMIT_REQUESTS_PER_MINUTE: String(PER_KEY_LIMIT),
      };
      instances = await Promise.all(dataDirs.map((dir) => startInstance({ ...shared, DATA_DIR: dir })));

      const signUp = await fetch(`${first().base}/api/auth/sign-up/email`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: ORIGIN },
        body: JSON.stringify({ email: 'owner@multi.test', password: 'correct horse battery staple 42', name: 'Owner' }),
      });
      expect(signUp.status).toBe(200);
      const session = signUp.headers.getSetCookie().find((value) => value.startsWith('sigmacode.session_token='));
      cookie = session?.split(';')[0] ?? '';
    }, 180_000);

    afterAll(async () => {
      await Promise.all(instances.map(stopInstance));
      await ledger?.close();
      await database?.close();
      await testDatabase?.drop();
      await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
    }, 60_000);

    it('accepts a session made on one instance on the other', async () => {
      const res = await consoleCall(second(), '/api/me');
      expect(res.status).toBe(200);
      const me = (await res.json()) as { user: { email: string }; organization: { id: string } };
      expect(me.user.email).toBe('owner@multi.test');
      organizationId = me.organization.id;
    });

    it('lets exactly the affordable calls through when concurrent calls hit both instances', async () => {
      const affordable = 5;
      const key = await newKey(first(), 'balance');
      await ledger.credit({ organizationId, amount: BigInt(affordable), idempotencyKey: 'multi-instance-credit' });

      // 8 concurrent calls of 1 token each (the echo model's action cost), alternating between the instances.
      const responses = await Promise.all(
        Array.from({ length: 8 }, (_, index) => chat(index % 2 === 0 ? first() : second(), key)),
      );
      const statuses = responses.map((res) => res.status);
      expect(statuses.filter((status) => status === 200)).toHaveLength(affordable);
      expect(statuses.filter((status) => status === 402)).toHaveLength(8 - affordable);
      const refused = responses.find((res) => res.status === 402) as Response;
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('insufficient_tokens');

      // An instance answers while its settlement commits (a read on that instance waits for it; a read elsewhere
      // may be a few milliseconds early), so the test process, a third view, waits until nothing is reserved.
      const deadline = Date.now() + 5_000;
      while ((await ledger.getBalance({ organizationId })).reserved > 0n && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(await ledger.getBalance({ organizationId })).toEqual({ balance: 0n, reserved: 0n, available: 0n });
      // The balance the console shows is the same on both instances.
      for (const instance of instances) {
        const balance = (await (await consoleCall(instance, '/api/billing/balance')).json()) as { balance: number };
        expect(balance.balance).toBe(0);
      }
    });

    it('counts a per-key rate limit over both instances', async () => {
      const key = await newKey(second(), 'limited');
      const statuses: number[] = [];
      // Sequential, alternating: without a shared counter each instance would allow PER_KEY_LIMIT on its own.
      for (let index = 0; index < PER_KEY_LIMIT + 4; index++) {
        statuses.push((await chat(index % 2 === 0 ? first() : second(), key)).status);
      }
      // The balance is spent, so the requests the limiter lets through end in 402; the rest are refused with 429.
      expect(statuses.filter((status) => status === 429)).toHaveLength(4);
      expect(statuses.slice(0, PER_KEY_LIMIT).every((status) => status === 402)).toBe(true);
      const limited = await chat(first(), key);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    });
  },
);
