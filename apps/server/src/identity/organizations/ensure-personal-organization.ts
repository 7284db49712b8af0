import { newId } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { and, eq } from 'drizzle-orm';
import { personalOrganizationSlug } from './personal-organization.js';

/**
 * Makes sure a user has their personal organization (owner role) and returns its id. Idempotent and safe under
 * concurrency: the organization's slug is derived from the user id and unique, so a second concurrent call
 * finds the first one's organization instead of creating another.
 *
 * @example
 * const organizationId = await ensurePersonalOrganization({ db, user: { id, name, email } })
 */
export async function ensurePersonalOrganization({
  db,
  user,
}: {
  db: Db;
  user: { id: string; name: string; email: string };
}): Promise<string> {
  const slug = personalOrganizationSlug(user.id);
  const existing = await findPersonal({ db, slug });
  if (existing) return existing;
  const organizationId = newId('org');
  const label = user.name.trim() || user.email.split('@')[0] || 'Personal';
  await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(schema.organizations)
      .values({ id: organizationId, name: `${label} (personal)`, slug, personal: true })
      .onConflictDoNothing({ target: schema.organizations.slug })
      .returning({ id: schema.organizations.id });
    if (inserted.length === 0) return;
    await tx.insert(schema.members).values({ id: newId('mem'), organizationId, userId: user.id, role: 'owner' });
  });
  return (await findPersonal({ db, slug })) ?? organizationId;
}

async function findPersonal({ db, slug }: { db: Db; slug: string }): Promise<string | null> {
  const rows = await db
    .select({ id: schema.organizations.id })
    .from(schema.organizations)
    .where(and(eq(schema.organizations.slug, slug), eq(schema.organizations.personal, true)))
    .limit(1);
  return rows[0]?.id ?? null;
}
