import type { Database } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../testing/build-test-app.js';

const pglite = testEngines()[0];
if (!pglite) throw new Error('no test engine');
let database: Database;
beforeAll(async () => {
  database = await pglite.create();
});
afterAll(async () => {
  await database.close();
});

describe('API documentation', () => {
  it('serves an OpenAPI 3.1 document generated from the route schemas', async () => {
    const res = await buildTestApp({ database }).request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown>; info: { version: string } };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.version).toBe('0.0.0-test');
    expect(Object.keys(doc.paths)).toContain('/api/health');
  });

  it('serves a docs page whose scripts come from this server', async () => {
    const app = buildTestApp({ database });
    const page = await app.request('/api/docs');
    expect(page.status).toBe(200);
    const html = await page.text();
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      expect(src.startsWith('/api/docs/')).toBe(true);
      expect((await app.request(src)).status).toBe(200);
    }
    expect((await app.request('/api/docs/assets/..%2Fpackage.json')).status).toBe(404);
  });
});
