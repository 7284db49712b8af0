import type { Db } from '@sigmacode/db';
import { sql } from 'drizzle-orm';

/**
 * Runs `work` as an attacker with database owner rights would: with triggers switched off for the transaction
 * (`session_replication_role = replica`, superuser only), so UPDATE and DELETE of audit rows go through.
 *
 * @example
 * await asAttacker(db, (tx) => tx.execute(sql`delete from audit_entries where seq = 3`))
 */
export async function asAttacker(db: Db, work: (tx: Db) => Promise<unknown>): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await work(tx);
  });
}
