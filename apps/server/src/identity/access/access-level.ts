import type { Permission } from './permissions.js';

/**
 * What a console route requires:
 * - a permission, checked against the caller's role (or API key scopes) in the active organization;
 * - `public`: nobody needs to be signed in;
 * - `authenticated`: any signed-in user or API key;
 * - `session`: a signed-in person (not an API key): creating organizations, switching, accepting invitations;
 * - `platform-admin`: the platform's own staff.
 */
export type AccessLevel = Permission | 'public' | 'authenticated' | 'session' | 'platform-admin';
