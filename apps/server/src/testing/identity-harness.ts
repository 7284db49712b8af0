import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env.js';

type App = OpenAPIHono<AppEnv>;

/** The origin buildTestApp trusts; browsers send it with every state-changing request. */
export const TEST_ORIGIN = 'http://localhost:3000';

/** A strong password that passes the policy. */
export const TEST_PASSWORD = 'correct horse battery staple 42';

export interface TestUser {
  userId: string;
  email: string;
  /** `Cookie` header value carrying the session. */
  cookie: string;
}

/**
 * Signs a new user up through the real endpoint and returns their session cookie.
 *
 * @example
 * const alice = await signUp({ app, email: 'alice@example.com' })
 * await app.request('/api/me', { headers: asUser(alice) })
 */
export async function signUp({
  app,
  email,
  password = TEST_PASSWORD,
  name = email.split('@')[0] ?? 'Test',
}: {
  app: App;
  email: string;
  password?: string;
  name?: string;
}): Promise<TestUser> {
  const res = await app.request('/api/auth/sign-up/email', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: TEST_ORIGIN },
    body: JSON.stringify({ email, password, name }),
  });
  if (res.status !== 200) throw new Error(`sign-up of ${email} failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { user: { id: string } };
  return { userId: body.user.id, email, cookie: sessionCookieOf(res) };
}

/** Signs an existing user in and returns the new session cookie. */
export async function signIn({
  app,
  email,
  password = TEST_PASSWORD,
  headers = {},
}: {
  app: App;
  email: string;
  password?: string;
  headers?: Record<string, string>;
}): Promise<Response> {
  return app.request('/api/auth/sign-in/email', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: TEST_ORIGIN, ...headers },
    body: JSON.stringify({ email, password }),
  });
}

/** The `Cookie` header value for the session a response set. */
export function sessionCookieOf(res: Response): string {
  const cookies = res.headers.getSetCookie();
  const session = cookies.find((cookie) => cookie.startsWith('sigmacode.session_token='));
  if (!session) throw new Error(`no session cookie in ${JSON.stringify(cookies)}`);
  return session.split(';')[0] ?? '';
}

/** Headers of a browser request made by this user from the web app (cookie + same origin). */
export function asUser(user: Pick<TestUser, 'cookie'>, extra: Record<string, string> = {}): Record<string, string> {
  return { Cookie: user.cookie, Origin: TEST_ORIGIN, ...extra };
}

/** Headers of a program calling with an API key. */
export function withKey(secret: string, extra: Record<string, string> = {}): Record<string, string> {
  return { Authorization: `Bearer ${secret}`, ...extra };
}

/** JSON request options. */
export function jsonBody(body: unknown, headers: Record<string, string>, method = 'POST'): RequestInit {
  return { method, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) };
}
