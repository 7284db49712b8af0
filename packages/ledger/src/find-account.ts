import { type Db, schema } from '@sigmacode/db';
import { eq } from 'drizzle-orm';

/**
 * The organization's token account, or undefined when it has none (nothing is created).
 *
 * @example
 * const account = await findAccount({ db, organizationId })
 */
export async function findAccount({
  db,
  organizationId,
}: {
  db: Db;
  organizationId: string;
}): Promise<schema.TokenAccountRow | undefined> {
  const [row] = await db
    .select()
    .from(schema.tokenAccounts)
    .where(eq(schema.tokenAccounts.organizationId, organizationId));
  return row;
}
