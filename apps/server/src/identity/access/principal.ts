import type { OrgRole } from '@sigmacode/db';
import type { ApiKeyScope, Permission } from './permissions.js';

/** A signed-in person acting for their active organization. */
export interface UserPrincipal {
  kind: 'user';
  userId: string;
  email: string;
  sessionId: string;
  organizationId: string;
  role: OrgRole;
  /** `admin` for the platform's own staff. */
  platformRole: 'user' | 'admin';
  permissions: ReadonlySet<Permission>;
}

/** A program holding an API key, acting for the key's organization with the key's scopes. */
export interface ApiKeyPrincipal {
  kind: 'api_key';
  keyId: string;
  keyKind: 'org' | 'app';
  /** Set for app keys (`app-…`): the one app the key may use. */
  appId: string | null;
  organizationId: string;
  scopes: readonly ApiKeyScope[];
  createdByUserId: string | null;
  permissions: ReadonlySet<Permission>;
}

/** Who makes a request. Every console and AI request resolves to one of these, or to nobody. */
export type Principal = UserPrincipal | ApiKeyPrincipal;
