import { ConsoleErrorBodySchema } from '@sigmacode/core';
import type { Database } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import { analyzeText, parsePolicy } from '@sigmacode/firewall';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../testing/build-test-app.js';
import { asUser, jsonBody, signUp, type TestUser } from '../testing/identity-harness.js';
import { EventsPageSchema, FirewallStatsSchema, StoredPolicySchema, VerdictBodySchema } from './firewall-schemas.js';
import { recordThreatEvent } from './record-threat-event.js';

describe.each(testEngines())('firewall console API on $name', (engine) => {
  let database: Database;
  let app: ReturnType<typeof buildTestApp>;
  let owner: TestUser;
  let stranger: TestUser;
  let organizationId: string;

  beforeAll(async () => {
    database = await engine.create();
    app = buildTestApp({ database });
    owner = await signUp({ app, email: 'owner@firewall.test' });
    stranger = await signUp({ app, email: 'stranger@firewall.test' });
    const me = (await (await app.request('/api/me', { headers: asUser(owner) })).json()) as {
      organization: { id: string };
    };
    organizationId = me.organization.id;
  });
  afterAll(async () => {
    await database.close();
  });

  const getPolicy = async (as: TestUser, query = '') =>
    StoredPolicySchema.parse(await (await app.request(`/api/firewall/policy${query}`, { headers: asUser(as) })).json());
  const putPolicy = (body: unknown, as: TestUser = owner) =>
    app.request('/api/firewall/policy', jsonBody(body, asUser(as), 'PUT'));

  it('starts from the default policy and versions every change', async () => {
    expect(await getPolicy(owner)).toMatchObject({ source: 'default', version: 0, policy: { mode: 'enforce' } });
    expect((await putPolicy({ policy: { version: 1, mode: 'shadow' } })).status).toBe(200);
    expect(await getPolicy(owner)).toMatchObject({ source: 'organization', version: 1, policy: { mode: 'shadow' } });
    await putPolicy({ policy: { version: 1, mode: 'enforce', bannedWords: ['Projekt Falke'] } });
    expect(await getPolicy(owner)).toMatchObject({ version: 2, policy: { bannedWords: ['Projekt Falke'] } });
    // Another organization is untouched.
    expect(await getPolicy(stranger)).toMatchObject({ source: 'default' });
  });

  it('refuses an invalid policy with the path of the problem, and keeps the old one', async () => {
    const res = await putPolicy({ policy: { version: 1, detectors: { pii: { action: 'shred' } } } });
    expect(res.status).toBe(400);
    const error = ConsoleErrorBodySchema.parse(await res.json()).error;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(((error.details?.issues ?? []) as { path: string }[])[0]?.path).toBe('policy.detectors.pii.action');
    expect((await getPolicy(owner)).version).toBe(2);
  });

  it("lets an app override the organization's policy, and falls back when the override is removed", async () => {
    const created = (await (
      await app.request(
        '/api/apps',
        jsonBody({ name: 'Bot', mode: 'chat', config: { model: 'sigmacode/echo' } }, asUser(owner)),
      )
    ).json()) as { id: string };
    await putPolicy({ appId: created.id, policy: { version: 1, mode: 'off' } });
    expect(await getPolicy(owner, `?appId=${created.id}`)).toMatchObject({ source: 'app', policy: { mode: 'off' } });
    await putPolicy({ appId: created.id, policy: null });
    expect(await getPolicy(owner, `?appId=${created.id}`)).toMatchObject({ source: 'organization', version: 2 });
    // Someone else's app id is 404.
    expect((await app.request(`/api/firewall/policy?appId=${created.id}`, { headers: asUser(stranger) })).status).toBe(
      404,
    );
  });

  it('checks a text in the test console with the stored or a trial policy, storing nothing', async () => {
    const analyze = async (body: unknown) => {
      const res = await app.request('/api/firewall/analyze', jsonBody(body, asUser(owner)));
      expect(res.status).toBe(200);
      return VerdictBodySchema.parse(await res.json());
    };
    const banned = await analyze({ text: 'Wie läuft das Projekt Falke?', direction: 'input' });
    expect(banned).toMatchObject({ allowed: false, action: 'block' });
    const secret = await analyze({ text: 'key AKIAZ7VRSQ5TJN2XKQ3P', direction: 'output' });
    expect(secret.redactedText).toBe('key [SECRET]');
    const trial = await analyze({ text: 'Projekt Falke', direction: 'input', policy: { version: 1, mode: 'off' } });
    expect(trial).toMatchObject({ allowed: true, action: 'allow', findings: [] });
    const events = EventsPageSchema.parse(
      await (await app.request('/api/firewall/events', { headers: asUser(owner) })).json(),
    );
    expect(events.data).toEqual([]);
  });

  it('lists threat events with filters and pages, masks PII and secrets in excerpts, and counts them', async () => {
    const policy = parsePolicy({ version: 1 });
    const texts: [string, 'input' | 'output'][] = [
      ['my key is AKIAZ7VRSQ5TJN2XKQ3P please keep it', 'input'],
      ['Contact jane.doe@example.org or DE89 3704 0044 0532 0130 00', 'output'],
      ['another AKIAZ7VRSQ5TJN2XKQ3P leak', 'output'],
    ];
    for (const [text, direction] of texts) {
      const verdict = analyzeText({ text, direction, policy });
      await recordThreatEvent({
        db: database.db,
        context: { organizationId, api: 'openai', direction, requestId: 'req_test' },
        verdict,
        text,
      });
    }
    const all = EventsPageSchema.parse(
      await (await app.request('/api/firewall/events?limit=2', { headers: asUser(owner) })).json(),
    );
    expect(all.data).toHaveLength(2);
    expect(all.nextCursor).not.toBeNull();
    const rest = EventsPageSchema.parse(
      await (
        await app.request(`/api/firewall/events?limit=2&cursor=${all.nextCursor}`, { headers: asUser(owner) })
      ).json(),
    );
    expect(rest.data).toHaveLength(1);
    const excerpts = [...all.data, ...rest.data].map((event) => event.excerpt).join('\n');
    expect(excerpts).not.toContain('AKIAZ7VRSQ5TJN2XKQ3P');
    expect(excerpts).not.toContain('jane.doe@example.org');
    expect(excerpts).not.toContain('0532 0130 00');
    expect(excerpts).toContain('[SECRET]');

    const outputs = EventsPageSchema.parse(
      await (
        await app.request('/api/firewall/events?direction=output&detector=pii', { headers: asUser(owner) })
      ).json(),
    );
    expect(outputs.data).toHaveLength(1);
    expect(outputs.data[0]?.categories).toContain('pii');

    const stats = FirewallStatsSchema.parse(
      await (await app.request('/api/firewall/stats', { headers: asUser(owner) })).json(),
    );
    expect(stats.total).toBe(3);
    expect(stats.byDetector).toContainEqual({ key: 'secrets', count: 2 });
    expect(stats.byDirection).toContainEqual({ key: 'output', count: 2 });

    const theirs = EventsPageSchema.parse(
      await (await app.request('/api/firewall/events', { headers: asUser(stranger) })).json(),
    );
    expect(theirs.data).toEqual([]);
    expect((await app.request('/api/firewall/events?cursor=nonsense', { headers: asUser(owner) })).status).toBe(400);
  });
});
