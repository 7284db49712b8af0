import { AppError } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { eq } from 'drizzle-orm';
import { GENESIS_HASH } from './audit-constants.js';

export type AuditChainHead = typeof schema.auditChains.$inferSelect;

/**
 * Creates the chain's head on first use and locks it (`FOR UPDATE`) until the transaction ends. Every append and
 * checkpoint of a chain goes through this lock, so concurrent appends — from any connection or process — take
 * turns and the chain never forks. `(chain, seq)` is unique as well, as a backstop.
 *
 * @example
 * await db.transaction(async (tx) => { const head = await lockChainHead({ tx, chain }); … })
 */
export async function lockChainHead({ tx, chain }: { tx: Db; chain: string }): Promise<AuditChainHead> {
  await tx
    .insert(schema.auditChains)
    .values({ chain, lastSeq: 0, lastHash: GENESIS_HASH })
    .onConflictDoNothing({ target: schema.auditChains.chain });
  const [head] = await tx.select().from(schema.auditChains).where(eq(schema.auditChains.chain, chain)).for('update');
  if (!head) throw new AppError('INTERNAL', { message: `audit: the head of chain ${chain} could not be locked` });
  return head;
}
