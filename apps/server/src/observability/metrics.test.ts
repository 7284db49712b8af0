import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Database } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import { createLedger, type Ledger } from '@sigmacode/ledger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_AI_CONFIG } from '../ai/ai-config.js';
import { buildTestApp } from '../testing/build-test-app.js';
import { startFakeOpenAiUpstream } from '../testing/fake-openai-upstream/index.js';
import { asUser, jsonBody, signUp, withKey } from '../testing/identity-harness.js';

/** One sample of Prometheus' text format: `name{a="x",b="y"} value`. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function parseSamples(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) continue;
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) {
      if (key !== undefined) labels[key] = value ?? '';
    }
    samples.push({ name: match[1] ?? '', labels, value: Number(match[3]) });
  }
  return samples;
}

/** The value of the one sample with this name whose labels include `labels` (0 when there is none). */
function sampleValue(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
  const found = samples.filter(
    (sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
  );
  if (found.length > 1) throw new Error(`${found.length} samples of ${name} match ${JSON.stringify(labels)}`);
  return found[0]?.value ?? 0;
}

/**
 * The platform's own metrics, read as Prometheus reads them: through `GET /metrics` of a real server, after real
 * requests (the echo model, a slow fake upstream for the stream gauge, the ledger, the rate limiter).
 */
describe.each(testEngines())('GET /metrics on $name', (engine) => {
  let database: Database;
  let ledger: Ledger;
  let fake: Awaited<ReturnType<typeof startFakeOpenAiUpstream>>;
  let server: ReturnType<typeof serve>;
  let base: string;
  let app: ReturnType<typeof buildTestApp>;
  let organizationId: string;
  let cookie: string;

  const scrape = async () => {
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    return parseSamples(await res.text());
  };
  const newKey = async (name: string) => {
    const res = await app.request('/api/keys', jsonBody({ name, scopes: ['chat'] }, asUser({ cookie })));
    return ((await res.json()) as { secret: string }).secret;
  };
  const echo = (key: string, content = 'hello') =>
    fetch(`${base}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...withKey(key) },
      body: JSON.stringify({ model: 'sigmacode/echo', messages: [{ role: 'user', content }] }),
    });

  beforeAll(async () => {
    database = await engine.create();
    ledger = createLedger({ db: database.db });
    fake = await startFakeOpenAiUpstream({});
    app = buildTestApp({
      database,
      ledger,
      config: {
        billing: { stripePriceIds: {}, signupCredit: 2 },
        ai: {
          ...DEFAULT_AI_CONFIG,
          rateLimits: { requestsPerMinute: 4, organizationRequestsPerMinute: 1_000, tokensPerMinute: 10_000_000 },
          providers: { 'openai-compatible': { type: 'openai-compatible', baseURL: fake.url } },
        },
      },
    });
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const owner = await signUp({ app, email: 'owner@metrics.test' });
    cookie = owner.cookie;
    const me = (await (await app.request('/api/me', { headers: asUser(owner) })).json()) as {
      organization: { id: string };
    };
    organizationId = me.organization.id;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await fake.close();
    await ledger.close();
    await database.close();
  });

  it('counts accounts below their low-balance threshold when scraped', async () => {
    // The welcome credit left 2 tokens; a threshold of 5 puts the account below it.
    await ledger.setLowBalanceThreshold({ organizationId, threshold: 5n });
    expect(sampleValue(await scrape(), 'sigmacode_token_accounts_low_balance')).toBe(1);
  });

  it('counts requests by method, route pattern and status, never by raw URL', async () => {
    await fetch(`${base}/api/health`);
    await fetch(`${base}/api/health`);
    await fetch(`${base}/api/apps/app_notarealid123`, { headers: asUser({ cookie }) });
    await fetch(`${base}/no/such/path/xyz789`);
    const res = await fetch(`${base}/metrics`);
    const text = await res.text();
    const samples = parseSamples(text);
    expect(
      sampleValue(samples, 'sigmacode_http_requests_total', { method: 'GET', route: '/api/health', status: '200' }),
    ).toBe(2);
    expect(
      sampleValue(samples, 'sigmacode_http_request_duration_seconds_count', {
        method: 'GET',
        route: '/api/health',
        status: '200',
      }),
    ).toBe(2);
    expect(
      sampleValue(samples, 'sigmacode_http_requests_total', { method: 'GET', route: '/api/apps/:id', status: '404' }),
    ).toBe(1);
    expect(sampleValue(samples, 'sigmacode_http_requests_total', { route: 'unmatched', status: '404' })).toBe(1);
    expect(text).not.toContain('app_notarealid123');
    expect(text).not.toContain('xyz789');
    // Process metrics are there too.
    expect(sampleValue(samples, 'sigmacode_process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('counts ledger operations and tokens held, settled and released; a 402 is an insufficient hold', async () => {
    const key = await newKey('ledger');
    const before = await scrape();
    expect(sampleValue(before, 'sigmacode_tokens_credited_total', { kind: 'credit' })).toBe(2);
    expect(sampleValue(before, 'sigmacode_ledger_operations_total', { operation: 'credit', outcome: 'ok' })).toBe(1);

    const statuses = [(await echo(key)).status, (await echo(key)).status, (await echo(key)).status];
    expect(statuses).toEqual([200, 200, 402]);

    const after = await scrape();
    expect(sampleValue(after, 'sigmacode_ledger_operations_total', { operation: 'hold', outcome: 'ok' })).toBe(2);
    expect(
      sampleValue(after, 'sigmacode_ledger_operations_total', { operation: 'hold', outcome: 'insufficient' }),
    ).toBe(1);
    expect(sampleValue(after, 'sigmacode_ledger_operations_total', { operation: 'settle', outcome: 'ok' })).toBe(2);
    expect(sampleValue(after, 'sigmacode_ledger_operation_duration_seconds_count', { operation: 'hold' })).toBe(3);
    expect(sampleValue(after, 'sigmacode_tokens_held_total')).toBe(2);
    expect(sampleValue(after, 'sigmacode_tokens_settled_total')).toBe(2);
    expect(sampleValue(after, 'sigmacode_tokens_released_total', { reason: 'settle' })).toBe(0);
    expect(sampleValue(after, 'sigmacode_tokens_charged_total', { api: 'openai' })).toBe(2);
    expect(
      sampleValue(after, 'sigmacode_http_requests_total', {
        method: 'POST',
        route: '/v1/chat/completions',
        status: '402',
      }),
    ).toBe(1);
    expect((await ledger.getBalance({ organizationId })).balance).toBe(0n);
  });

  it('counts rate-limit rejections by scope', async () => {
    const key = await newKey('limited');
    const statuses: number[] = [];
    // The limit is 4 requests a minute per key: the fifth is refused before any hold (these 4 fail with 402).
    for (let i = 0; i < 5; i++) statuses.push((await echo(key)).status);
    expect(statuses).toEqual([402, 402, 402, 402, 429]);
    const samples = await scrape();
    expect(sampleValue(samples, 'sigmacode_rate_limit_rejections_total', { scope: 'api_key' })).toBe(1);
    expect(sampleValue(samples, 'sigmacode_rate_limit_rejections_total', { scope: 'organization' })).toBe(0);
  });

  it('keeps a gauge of streams being sent, up while one streams and down when it ends', async () => {
    await ledger.credit({ organizationId, amount: 10_000_000n, idempotencyKey: 'metrics-stream-credit' });
    fake.setScript({ chunks: ['one ', 'two ', 'three ', 'four'], chunkDelayMs: 250 });
    const key = await newKey('stream');
    const res = await fetch(`${base}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...withKey(key) },
      body: JSON.stringify({
        model: 'openai-compatible/fake-model',
        messages: [{ role: 'user', content: 'count' }],
        stream: true,
      }),
    });
    expect(res.status).toBe(200);
    // The headers are out and the answer still coming (the fake paces its chunks).
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    expect(sampleValue(await scrape(), 'sigmacode_active_streams', { api: 'openai' })).toBe(1);
    while (!(await reader.read()).done) {}
    await expect.poll(async () => sampleValue(await scrape(), 'sigmacode_active_streams', { api: 'openai' })).toBe(0);
    const samples = await scrape();
    expect(sampleValue(samples, 'sigmacode_time_to_first_token_seconds_count', { api: 'openai' })).toBeGreaterThan(0);
  });

  it('needs the metrics token when one is configured', async () => {
    const guarded = buildTestApp({ database, ledger, config: { metricsToken: 'metrics-token-0123456789' } });
    expect((await guarded.request('/metrics')).status).toBe(401);
    const res = await guarded.request('/metrics', { headers: { Authorization: 'Bearer metrics-token-0123456789' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('sigmacode_http_requests_total');
  });
});
