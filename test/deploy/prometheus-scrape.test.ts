import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createDb, type Database } from '@sigmacode/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildTestApp } from '../../apps/server/src/testing/build-test-app.js';
import { DEPLOY_DIR, readDeployYaml } from './deploy-files.js';

const PROMETHEUS = '/usr/bin/prometheus';
const TOKEN = 'scrape-test-token-0123456789';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

interface ScrapeConfig {
  job_name: string;
  authorization?: { credentials_file?: string };
  dns_sd_configs?: unknown;
  static_configs?: unknown;
  scrape_interval?: string;
}

/**
 * deploy/'s Prometheus configuration, run by a real Prometheus (Debian's package, installed by .ci/run) against a
 * real server: the sigmacode job as deploy/ defines it — bearer token from a file, /metrics, the alert rules — with
 * only the service discovery pointed at this machine. Prometheus must report the target up and store the
 * platform's series, and load every alert rule.
 */
describe.runIf(existsSync(PROMETHEUS))('Prometheus from deploy/ scrapes the server', () => {
  let database: Database;
  let server: ReturnType<typeof serve>;
  let prometheus: ChildProcess;
  let dir: string;
  let api: string;

  beforeAll(async () => {
    database = await createDb({});
    const app = buildTestApp({ database, config: { metricsToken: TOKEN } });
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const appPort = (server.address() as AddressInfo).port;
    await fetch(`http://127.0.0.1:${appPort}/api/health`);

    dir = mkdtempSync(join(tmpdir(), 'sigmacode-prometheus-'));
    writeFileSync(join(dir, 'token'), TOKEN);
    const config = readDeployYaml('prometheus/prometheus.yml') as {
      global: Record<string, unknown>;
      rule_files: string[];
      scrape_configs: ScrapeConfig[];
    };
    const job = config.scrape_configs.find((candidate) => candidate.job_name === 'sigmacode');
    if (!job) throw new Error('deploy/prometheus/prometheus.yml has no sigmacode job');
    const { dns_sd_configs: _discovery, ...kept } = job;
    const local: ScrapeConfig = {
      ...kept,
      scrape_interval: '1s',
      authorization: { ...job.authorization, credentials_file: join(dir, 'token') },
      static_configs: [{ targets: [`127.0.0.1:${appPort}`] }],
    };
    writeFileSync(
      join(dir, 'prometheus.yml'),
      stringify({
        ...config,
        rule_files: config.rule_files.map((file) => join(DEPLOY_DIR, 'prometheus', file)),
        scrape_configs: [local],
      }),
    );
    const port = await freePort();
    api = `http://127.0.0.1:${port}/api/v1`;
    prometheus = spawn(
      PROMETHEUS,
      [
        `--config.file=${join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
      ],
      { stdio: 'ignore' },
    );
  }, 60_000);

  afterAll(async () => {
    prometheus?.kill('SIGTERM');
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await database?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const query = async (expression: string): Promise<Array<{ value: [number, string] }>> => {
    const res = await fetch(`${api}/query?query=${encodeURIComponent(expression)}`).catch(() => null);
    if (!res?.ok) return [];
    return ((await res.json()) as { data: { result: Array<{ value: [number, string] }> } }).data.result;
  };

  it('reports the target up and stores the platform’s series', async () => {
    await expect
      .poll(async () => (await query('up{job="sigmacode"}'))[0]?.value[1], { timeout: 30_000, interval: 500 })
      .toBe('1');
    await expect
      .poll(async () => (await query('sigmacode_http_requests_total')).length, { timeout: 10_000, interval: 500 })
      .toBeGreaterThan(0);
  }, 45_000);

  it('loads every alert rule of deploy/', async () => {
    const res = await fetch(`${api}/rules`);
    const body = (await res.json()) as { data: { groups: Array<{ rules: Array<{ health: string }> }> } };
    const rules = body.data.groups.flatMap((group) => group.rules);
    expect(rules.length).toBeGreaterThan(5);
    expect(rules.every((rule) => rule.health !== 'err')).toBe(true);
  });
});
