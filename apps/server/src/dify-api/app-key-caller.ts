import { AppError } from '@sigmacode/core';
import type { Context } from 'hono';
import type { LoadedApp } from '../apps/find-app.js';
import { findApp } from '../apps/find-app.js';
import type { ConversationOwner } from '../conversations/conversation-store.js';
import type { AppEnv } from '../http/app-env.js';
import type { ApiKeyPrincipal } from '../identity/access/principal.js';
import type { PipelineDeps } from '../pipeline/pipeline-deps.js';

/** Dify's end user when an endpoint's optional `user` is absent. */
export const DEFAULT_USER = 'DEFAULT-USER';

/** Dify sends this with every 401. */
const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="api"' };

/** The app key's principal and its app. */
export interface AppKeyCaller {
  principal: ApiKeyPrincipal & { appId: string };
  app: LoadedApp;
}

/** Callers by request, so one request's app is read once. */
const callers = new WeakMap<Request, Promise<AppKeyCaller>>();

/**
 * The caller of the Dify API: only an app key (`Bearer app-…`) may call it, and it speaks for its own app. No
 * Authorization header, a session or an organization key is a 401 in Dify's shape (an invalid key already is,
 * from the authenticate middleware); a deleted app is 403 "The app no longer exists.".
 *
 * @example const { principal, app } = await appKeyCaller(c, deps)
 */
export function appKeyCaller(c: Context<AppEnv>, deps: Pick<PipelineDeps, 'db'>): Promise<AppKeyCaller> {
  // The Dify-upstream middleware and the route both ask; the app is looked up once per request.
  const known = callers.get(c.req.raw);
  if (known) return known;
  const caller = findCaller(c, deps);
  callers.set(c.req.raw, caller);
  return caller;
}

async function findCaller(c: Context<AppEnv>, deps: Pick<PipelineDeps, 'db'>): Promise<AppKeyCaller> {
  if (!c.req.header('authorization')) {
    throw new AppError('UNAUTHENTICATED', {
      message: "Authorization header must be provided and start with 'Bearer'",
      headers: CHALLENGE,
    });
  }
  const principal = c.get('principal');
  if (principal?.kind !== 'api_key' || principal.keyKind !== 'app' || !principal.appId) {
    throw new AppError('UNAUTHENTICATED', { message: 'Access token is invalid', headers: CHALLENGE });
  }
  const app = await findApp({ db: deps.db, organizationId: principal.organizationId, appId: principal.appId }).catch(
    () => {
      throw new AppError('FORBIDDEN', { message: 'The app no longer exists.' });
    },
  );
  return { principal: { ...principal, appId: principal.appId }, app };
}

/**
 * The conversation owner for Dify's `user` in the key's app: the end user is `dify:<user>`.
 *
 * @example const owner = difyOwner(caller, 'abc-123')
 */
export function difyOwner(caller: AppKeyCaller, user: string | undefined): ConversationOwner {
  return {
    organizationId: caller.principal.organizationId,
    appId: caller.app.row.id,
    endUser: difyEndUser(user),
  };
}

/** @example difyEndUser('abc-123') // 'dify:abc-123' */
export function difyEndUser(user: string | undefined): string {
  return `dify:${user ?? DEFAULT_USER}`;
}
