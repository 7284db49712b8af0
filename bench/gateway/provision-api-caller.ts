import { AppError } from '@sigmacode/core';
import type { Ledger } from '@sigmacode/ledger';
import { z } from 'zod';
import { asUser, jsonBody, signUp } from '../../apps/server/src/testing/identity-harness.js';

/** The SIGMACODE app (what `createApp` returns). */
type App = Parameters<typeof signUp>[0]['app'];

const MeSchema = z.object({ organization: z.object({ id: z.string() }) });
const KeySchema = z.object({ secret: z.string().min(1) });

/**
 * Signs a user up through the real endpoints (which creates their personal organization), credits that organization
 * and creates a `chat` API key for it: a caller of the OpenAI-compatible API with the whole pipeline in its way.
 *
 * @example
 * const { apiKey, organizationId } = await provisionApiCaller({ app, ledger, credit: 1_000_000n })
 * // curl -H "Authorization: Bearer $apiKey" .../v1/chat/completions
 */
export async function provisionApiCaller({
  app,
  ledger,
  credit,
}: {
  app: App;
  ledger: Ledger;
  credit: bigint;
}): Promise<{ apiKey: string; organizationId: string }> {
  const owner = await signUp({ app, email: 'bench@gateway.bench' });
  const me = await app.request('/api/me', { headers: asUser(owner) });
  const { organization } = MeSchema.parse(await me.json());
  const key = await app.request('/api/keys', jsonBody({ name: 'bench', scopes: ['chat'] }, asUser(owner)));
  if (key.status !== 201 && key.status !== 200)
    throw new AppError('INTERNAL', { message: `Creating the API key failed: HTTP ${key.status}.` });
  const { secret } = KeySchema.parse(await key.json());
  await ledger.credit({ organizationId: organization.id, amount: credit, idempotencyKey: 'bench-gateway-credit' });
  return { apiKey: secret, organizationId: organization.id };
}
