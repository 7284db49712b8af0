import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { ConsoleErrorBodySchema } from '@sigmacode/core';
import { jsonContent } from '../../routes/json-content.js';

const errorBody = { content: { 'application/json': { schema: ConsoleErrorBodySchema } } };
const UserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    emailVerified: z.boolean(),
    image: z.string().nullable().optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('AuthUser');

/**
 * Documents the account endpoints Better Auth serves under /api/auth (the handler is Better Auth's; these entries
 * exist so the OpenAPI document and the typed web client know them). Also declares the two ways to authenticate.
 */
export function documentAuthEndpoints(registry: OpenAPIHono['openAPIRegistry']): void {
  registry.registerComponent('securitySchemes', 'sessionCookie', {
    type: 'apiKey',
    in: 'cookie',
    name: 'sigmacode.session_token',
    description:
      'The session cookie set by sign-in (web app). State-changing requests must come from a trusted origin.',
  });
  registry.registerComponent('securitySchemes', 'bearerKey', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API key: `sk-sc-…` (organization key) or `app-…` (app key).',
  });
  const tags = ['Accounts'];
  registry.registerPath({
    method: 'post',
    path: '/api/auth/sign-up/email',
    tags,
    summary: 'Create an account (and its personal organization) and sign in',
    request: {
      body: jsonContent(
        z.object({
          email: z.email(),
          password: z.string().min(10).max(128).openapi({ description: 'At least 10 characters, not a common one.' }),
          name: z.string().min(1),
        }),
      ),
    },
    responses: {
      200: { description: 'Signed up; the session cookie is set.', ...jsonContent(z.object({ user: UserSchema })) },
      400: { description: 'Invalid e-mail or a password that breaks the policy.', ...errorBody },
      409: { description: 'An account with this e-mail exists.', ...errorBody },
    },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/auth/sign-in/email',
    tags,
    summary: 'Sign in with e-mail and password (a new session every time)',
    request: {
      body: jsonContent(z.object({ email: z.email(), password: z.string(), rememberMe: z.boolean().optional() })),
    },
    responses: {
      200: { description: 'Signed in; the session cookie is set.', ...jsonContent(z.object({ user: UserSchema })) },
      401: { description: 'Wrong e-mail or password.', ...errorBody },
      429: { description: 'Too many failed attempts for this account or address; see Retry-After.', ...errorBody },
    },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/auth/sign-out',
    tags,
    summary: 'End the session (server-side) and clear the cookie',
    responses: { 200: { description: 'Signed out.', ...jsonContent(z.object({ success: z.boolean() })) } },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/auth/get-session',
    tags,
    summary: 'The current session and user, or null',
    responses: { 200: { description: 'The session, or null when signed out.', ...jsonContent(z.unknown()) } },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/auth/request-password-reset',
    tags,
    summary: 'E-mail a password-reset link (always answers the same, whether the account exists or not)',
    request: { body: jsonContent(z.object({ email: z.email(), redirectTo: z.string().optional() })) },
    responses: { 200: { description: 'Accepted.', ...jsonContent(z.object({ status: z.boolean() })) } },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/auth/reset-password',
    tags,
    summary: 'Set a new password with the token from the reset e-mail; ends every other session',
    request: { body: jsonContent(z.object({ token: z.string(), newPassword: z.string().min(10).max(128) })) },
    responses: {
      200: { description: 'Password changed.', ...jsonContent(z.object({ status: z.boolean() })) },
      400: { description: 'Invalid or expired token, or a password that breaks the policy.', ...errorBody },
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/auth/verify-email',
    tags,
    summary: 'Confirm an e-mail address with the token from the verification e-mail',
    request: { query: z.object({ token: z.string(), callbackURL: z.string().optional() }) },
    responses: { 200: { description: 'Verified.' }, 302: { description: 'Verified; redirected to callbackURL.' } },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/auth/sign-in/social',
    tags,
    summary: 'Start Google or GitHub sign-in; available when that provider is configured',
    request: {
      body: jsonContent(z.object({ provider: z.enum(['google', 'github']), callbackURL: z.string().optional() })),
    },
    responses: {
      200: { description: 'The provider URL to redirect to.', ...jsonContent(z.object({ url: z.string() })) },
    },
  });
}
