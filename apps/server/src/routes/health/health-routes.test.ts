import { HealthResponseSchema } from '@sigmacode/core';
import type { Database } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../testing/build-test-app.js';

describe.each(testEngines())('health on $name', (engine) => {
  let database: Database;
  beforeEach(async () => {
    database = await engine.create();
  });
  afterEach(async () => {
    await database.close();
  });

  it('answers 200 with every dependency ok and Redis disabled when not configured', async () => {
    const app = buildTestApp({ database });
    for (const path of ['/api/health', '/health']) {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      const body = HealthResponseSchema.parse(await res.json());
      expect(body).toMatchObject({ status: 'ok', db: 'ok', redis: 'disabled', version: '0.0.0-test' });
      expect(body.uptimeS).toBeGreaterThanOrEqual(0);
      expect(body.failing).toBeUndefined();
    }
  });

  it('answers 503 naming the database when the database is down', async () => {
    const app = buildTestApp({ database });
    await database.close();
    const res = await app.request('/api/health');
    expect(res.status).toBe(503);
    const body = HealthResponseSchema.parse(await res.json());
    expect(body).toMatchObject({ status: 'error', db: 'error', failing: ['db'] });
  });

  it('answers 503 while the process is shutting down, so load balancers drain it', async () => {
    const app = buildTestApp({ database, lifecycle: { isShuttingDown: () => true } });
    const res = await app.request('/api/health');
    expect(res.status).toBe(503);
    expect(HealthResponseSchema.parse(await res.json()).failing).toEqual(['shutting_down']);
  });
});

describe('health with Redis', () => {
  const engine = testEngines()[0];
  if (!engine) throw new Error('no test engine');

  it('answers 503 naming Redis when Redis does not answer', async () => {
    const database = await engine.create();
    // Nothing listens on port 1: the client's commands fail fast (no offline queue).
    const redis = new Redis('redis://127.0.0.1:1', {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
      lazyConnect: true,
    });
    redis.on('error', () => {});
    try {
      const res = await buildTestApp({ database, redis }).request('/api/health');
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ db: 'ok', redis: 'error', failing: ['redis'] });
    } finally {
      redis.disconnect();
      await database.close();
    }
  });

  it.runIf(process.env.TEST_REDIS_URL)('reports Redis ok when it answers', async () => {
    const database = await engine.create();
    const redis = new Redis(process.env.TEST_REDIS_URL ?? '', { maxRetriesPerRequest: 1 });
    try {
      await redis.ping();
      const res = await buildTestApp({ database, redis }).request('/api/health');
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ db: 'ok', redis: 'ok' });
    } finally {
      redis.disconnect();
      await database.close();
    }
  });
});
