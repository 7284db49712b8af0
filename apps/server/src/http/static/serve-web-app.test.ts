import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../testing/build-test-app.js';

const pglite = testEngines()[0];
if (!pglite) throw new Error('no test engine');
let database: Database;
let dist: string;

beforeAll(async () => {
  database = await pglite.create();
  dist = await mkdtemp(join(tmpdir(), 'sigmacode-dist-'));
  await mkdir(join(dist, 'assets'));
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>SIGMACODE</title>');
  await writeFile(join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
  await writeFile(join(tmpdir(), 'outside-secret.txt'), 'secret');
});
afterAll(async () => {
  await database.close();
  await rm(dist, { recursive: true, force: true });
});

const html = { headers: { Accept: 'text/html' } };

describe('serving the dashboard', () => {
  it('serves index.html at / and for unknown dashboard pages (SPA fallback)', async () => {
    const app = buildTestApp({ database, config: { webDistDir: dist } });
    for (const path of ['/', '/dashboard', '/dashboard/agents/42', '/login']) {
      const res = await app.request(path, html);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain('SIGMACODE');
    }
  });

  it('serves hashed assets with a long cache lifetime', async () => {
    const res = await buildTestApp({ database, config: { webDistDir: dist } }).request('/assets/app-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/javascript');
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it('keeps API routes first: unknown API paths stay JSON 404s', async () => {
    const app = buildTestApp({ database, config: { webDistDir: dist } });
    const res = await app.request('/api/does-not-exist', html);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect((await app.request('/api/health', html)).headers.get('content-type')).toContain('application/json');
  });

  it('never serves a file outside the dist folder', async () => {
    const app = buildTestApp({ database, config: { webDistDir: dist } });
    for (const path of [
      '/../outside-secret.txt',
      '/%2e%2e/outside-secret.txt',
      '/assets/..%2f..%2foutside-secret.txt',
    ]) {
      const res = await app.request(path);
      expect(await res.text()).not.toBe('secret');
    }
  });

  it('answers a missing asset with 404, not the SPA', async () => {
    const res = await buildTestApp({ database, config: { webDistDir: dist } }).request('/assets/missing.js', html);
    expect(res.status).toBe(404);
  });
});
