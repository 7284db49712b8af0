import { newId } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';

/**
 * Inserts an organization (the token account's foreign key) and returns its id. Test-only.
 *
 * @example
 * const organizationId = await createTestOrganization({ db })
 */
export async function createTestOrganization({ db }: { db: Db }): Promise<string> {
  const id = newId('org');
  await db.insert(schema.organizations).values({ id, name: `Test ${id}`, slug: id.replace('_', '-') });
  return id;
}

/**
 * Inserts a user (member caps reference users) and returns its id. Test-only.
 *
 * @example
 * const userId = await createTestUser({ db })
 */
export async function createTestUser({ db }: { db: Db }): Promise<string> {
  const id = newId('usr');
  await db.insert(schema.users).values({ id, name: `User ${id}`, email: `${id}@example.test` });
  return id;
}
