import { AppError, newId } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import type { UserPrincipal } from '../access/principal.js';
import { deriveSlug } from './derive-slug.js';
import { type CreateOrganizationBody, type MyOrganization, MyOrganizationSchema } from './organization-schemas.js';
import { setActiveOrganization } from './set-active-organization.js';
import { toOrganization } from './to-organization.js';

/** Tries for a free derived slug before giving up; a random suffix makes a second collision very unlikely. */
const SLUG_ATTEMPTS = 6;

/**
 * Creates an organization with the caller as its owner and makes it the session's active organization, in one
 * transaction. A slug given by the caller must be free (CONFLICT otherwise); a slug derived from the name is made
 * unique with a short random suffix.
 *
 * @example
 * const organization = await createOrganization({ db, principal, input: { name: 'Acme' } })
 */
export async function createOrganization({
  db,
  principal,
  input,
}: {
  db: Db;
  principal: UserPrincipal;
  input: CreateOrganizationBody;
}): Promise<MyOrganization> {
  const candidates = input.slug ? [input.slug] : slugCandidates(deriveSlug(input.name));
  return db.transaction(async (tx) => {
    const id = newId('org');
    let row: typeof schema.organizations.$inferSelect | undefined;
    for (const slug of candidates) {
      // ON CONFLICT DO NOTHING rather than catching the unique violation, which would abort the transaction.
      [row] = await tx
        .insert(schema.organizations)
        .values({ id, name: input.name, slug, personal: false })
        .onConflictDoNothing({ target: schema.organizations.slug })
        .returning();
      if (row) break;
    }
    if (!row) {
      throw new AppError('CONFLICT', {
        message: input.slug ? `The slug "${input.slug}" is already taken.` : 'Could not find a free slug; give one.',
        details: { field: 'slug' },
      });
    }
    await tx
      .insert(schema.members)
      .values({ id: newId('mem'), organizationId: id, userId: principal.userId, role: 'owner' });
    await setActiveOrganization({ db: tx, sessionId: principal.sessionId, organizationId: id });
    return MyOrganizationSchema.parse({ ...toOrganization(row), role: 'owner', active: true });
  });
}

function slugCandidates(base: string): string[] {
  const suffixed = Array.from({ length: SLUG_ATTEMPTS - 1 }, () => `${base}-${newId('s').slice(2, 8)}`);
  return [base, ...suffixed];
}
