import { AppError } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { eq } from 'drizzle-orm';
import { forgetVerifiedApiKeys } from '../api-keys/verify-api-key.js';
import { lockOrganization } from './lock-organization.js';

/**
 * Deletes the caller's organization with everything that belongs to it (memberships, invitations, API keys go by
 * cascade). Personal organizations cannot be deleted (CONFLICT): every user keeps one to fall back to. Sessions
 * that acted for it fall back to their personal organization on their next request.
 *
 * @example
 * await deleteOrganization({ db, organizationId: principal.organizationId })
 */
export async function deleteOrganization({ db, organizationId }: { db: Db; organizationId: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const organization = await lockOrganization({ db: tx, organizationId });
    if (organization.personal) {
      throw new AppError('CONFLICT', {
        message: 'A personal organization cannot be deleted. Switch to another organization to delete that one.',
      });
    }
    await tx.delete(schema.organizations).where(eq(schema.organizations.id, organizationId));
    // Not needed for correctness (authentication re-checks membership), but no session should point at nothing.
    await tx
      .update(schema.sessions)
      .set({ activeOrganizationId: null })
      .where(eq(schema.sessions.activeOrganizationId, organizationId));
  });
  forgetVerifiedApiKeys();
}
