import type { OrgRole } from '@sigmacode/db';

/** Everything a console route can require. README's permission matrix is this file. */
export const PERMISSIONS = [
  'org:read',
  'org:update',
  'org:delete',
  'members:read',
  'members:manage',
  'keys:read',
  'keys:create',
  'keys:revoke',
  'apps:read',
  'apps:write',
  'apps:run',
  'chat:use',
  'usage:read',
  'billing:read',
  'billing:manage',
  'firewall:read',
  'firewall:manage',
  'providers:read',
  'providers:manage',
  'audit:read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const VIEWER: Permission[] = [
  'org:read',
  'members:read',
  'apps:read',
  'usage:read',
  'billing:read',
  'firewall:read',
  'providers:read',
];
const MEMBER: Permission[] = [
  ...VIEWER,
  'keys:read',
  'keys:create',
  'keys:revoke',
  'apps:write',
  'apps:run',
  'chat:use',
];
const ADMIN: Permission[] = PERMISSIONS.filter((permission) => permission !== 'org:delete');

/**
 * The permission matrix: what each organization role may do. Owners may do everything; admins everything but
 * deleting the organization (and, enforced in the use-cases, making or unmaking owners); members use the product;
 * viewers only look.
 */
export const ROLE_PERMISSIONS = {
  owner: [...PERMISSIONS],
  admin: ADMIN,
  member: MEMBER,
  viewer: VIEWER,
} as const satisfies Record<OrgRole, readonly Permission[]>;

/** API key scopes. A key acts for its organization with the union of its scopes' permissions. */
export const API_KEY_SCOPES = ['chat', 'apps:run', 'admin'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export const SCOPE_PERMISSIONS = {
  chat: ['chat:use', 'apps:read'],
  'apps:run': ['apps:run', 'apps:read'],
  admin: ADMIN,
} as const satisfies Record<ApiKeyScope, readonly Permission[]>;

export function permissionsOfRole(role: OrgRole): ReadonlySet<Permission> {
  return new Set(ROLE_PERMISSIONS[role]);
}

export function permissionsOfScopes(scopes: readonly ApiKeyScope[]): ReadonlySet<Permission> {
  return new Set(scopes.flatMap((scope) => SCOPE_PERMISSIONS[scope]));
}
