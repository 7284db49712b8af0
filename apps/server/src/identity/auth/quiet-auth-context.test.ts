import type { Database } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../testing/build-test-app.js';
import { asUser, signIn, signUp } from '../../testing/identity-harness.js';
import { signInContext } from '../security/sign-in-context.js';

/** The AsyncLocalStorage stores Better Auth created in this process. */
function authStores(): { enabled?: boolean }[] {
  const context = (globalThis as Record<symbol, { context?: Record<string, unknown> } | undefined>)[
    Symbol.for('better-auth:global')
  ]?.context;
  return ['adapterAsyncStorage', 'requestStateAsyncStorage', 'endpointContextAsyncStorage']
    .map((name) => context?.[name] as { enabled?: boolean } | undefined)
    .filter((store): store is { enabled?: boolean } => store !== undefined);
}

describe.each(testEngines())('quietAuthContext on $name', (engine) => {
  let database: Database;
  let app: ReturnType<typeof buildTestApp>;

  beforeAll(async () => {
    database = await engine.create();
    app = buildTestApp({ database });
  });
  afterAll(async () => {
    await database.close();
  });

  it('leaves no auth store enabled after sign-up, sign-in and session requests, and they keep working', async () => {
    const user = await signUp({ app, email: 'quiet@example.com' });
    expect(authStores().length).toBeGreaterThan(0);
    // Node before 24 keeps AsyncLocalStorage on async hooks with an `enabled` flag; none may be left on.
    for (const store of [...authStores(), signInContext as unknown as { enabled?: boolean }]) {
      expect(store.enabled ?? false).toBe(false);
    }
    const signedIn = await signIn({ app, email: 'quiet@example.com' });
    expect(signedIn.status).toBe(200);
    const me = await app.request('/api/me', { headers: asUser(user) });
    expect(me.status).toBe(200);
    // A wrong password still goes through the sign-in's own context (the policy check is skipped there): 401.
    expect((await signIn({ app, email: 'quiet@example.com', password: 'wrong-password-123!' })).status).toBe(401);
    for (const store of [...authStores(), signInContext as unknown as { enabled?: boolean }]) {
      expect(store.enabled ?? false).toBe(false);
    }
  });
});
