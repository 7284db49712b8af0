import type { Database } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../testing/build-test-app.js';
import { jsonBody, TEST_ORIGIN } from '../../testing/identity-harness.js';

const pglite = testEngines()[0];
if (!pglite) throw new Error('no test engine');
let database: Database;
beforeAll(async () => {
  database = await pglite.create();
});
afterAll(async () => {
  await database.close();
});

const social = (app: ReturnType<typeof buildTestApp>, provider: string) =>
  app.request('/api/auth/sign-in/social', jsonBody({ provider, callbackURL: '/dashboard' }, { Origin: TEST_ORIGIN }));

describe('OAuth sign-in', () => {
  it('offers only e-mail and password when no provider is configured', async () => {
    const app = buildTestApp({ database });
    expect(await (await app.request('/api/sign-in-methods')).json()).toEqual({
      emailPassword: true,
      google: false,
      github: false,
      emailDelivery: false,
    });
    expect((await social(app, 'github')).status).toBeGreaterThanOrEqual(400);
  });

  it('sends the browser to GitHub and Google when their client id and secret are set', async () => {
    const app = buildTestApp({
      database,
      config: {
        oauth: {
          github: { clientId: 'gh-client', clientSecret: 'gh-secret' },
          google: { clientId: 'g-client', clientSecret: 'g-secret' },
        },
      },
    });
    expect(await (await app.request('/api/sign-in-methods')).json()).toMatchObject({ google: true, github: true });
    const github = (await (await social(app, 'github')).json()) as { url: string };
    expect(new URL(github.url).host).toBe('github.com');
    expect(new URL(github.url).searchParams.get('client_id')).toBe('gh-client');
    expect(new URL(github.url).searchParams.get('redirect_uri')).toBe('http://localhost:3000/api/auth/callback/github');
    const google = (await (await social(app, 'google')).json()) as { url: string };
    expect(new URL(google.url).host).toBe('accounts.google.com');
  });
});
