export type { AccessLevel } from './access-level.js';
export { authorize, principalOf, requireAccess } from './authorize.js';
export { consoleRoute } from './console-route.js';
export {
  API_KEY_SCOPES,
  type ApiKeyScope,
  PERMISSIONS,
  type Permission,
  permissionsOfRole,
  permissionsOfScopes,
  ROLE_PERMISSIONS,
  SCOPE_PERMISSIONS,
} from './permissions.js';
export type { ApiKeyPrincipal, Principal, UserPrincipal } from './principal.js';
