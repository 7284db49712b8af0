import { type Db, schema } from '@sigmacode/db';
import { eq } from 'drizzle-orm';

/**
 * Makes a session act for an organization from its next request on (null: fall back to the personal
 * organization). The caller checks membership first; authentication re-checks it on every request anyway.
 *
 * @example
 * await setActiveOrganization({ db, sessionId: principal.sessionId, organizationId })
 */
export async function setActiveOrganization({
  db,
  sessionId,
  organizationId,
}: {
  db: Db;
  sessionId: string;
  organizationId: string | null;
}): Promise<void> {
  await db
    .update(schema.sessions)
    .set({ activeOrganizationId: organizationId, updatedAt: new Date() })
    .where(eq(schema.sessions.id, sessionId));
}
