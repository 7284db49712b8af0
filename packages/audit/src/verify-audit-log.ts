import { type Db, rowsOf } from '@sigmacode/db';
import { sql } from 'drizzle-orm';
import type { AuditPublicKey } from './audit-signing-key.js';
import type { AuditVerification, ChainVerification } from './audit-verification.js';
import { verifyAuditChain } from './verify-audit-chain.js';

/**
 * Verifies one chain (`chain`: an organization id or `platform`) or every chain there is — found in the heads, the
 * entries and the checkpoints, so a chain whose head was deleted is still checked. Each chain is read in one
 * read-only REPEATABLE READ transaction, so appends running meanwhile do not look like breaks.
 *
 * @example
 * const result = await verifyAuditLog({ db, trustedKeys: [signer] })
 * if (!result.ok) for (const problem of result.problems) console.error(problem.message)
 */
export async function verifyAuditLog({
  db,
  trustedKeys,
  chain,
}: {
  db: Db;
  trustedKeys: readonly AuditPublicKey[];
  chain?: string;
}): Promise<AuditVerification> {
  const chains = chain !== undefined ? [chain] : await listChains(db);
  const results: ChainVerification[] = [];
  for (const name of chains) {
    results.push(
      await db.transaction((tx) => verifyAuditChain({ tx, chain: name, trustedKeys }), {
        isolationLevel: 'repeatable read',
        accessMode: 'read only',
      }),
    );
  }
  const sum = (pick: (result: ChainVerification) => { valid: number; total: number }) => ({
    valid: results.reduce((total, result) => total + pick(result).valid, 0),
    total: results.reduce((total, result) => total + pick(result).total, 0),
  });
  const problems = results.flatMap((result) => result.problems);
  return {
    ok: problems.length === 0,
    chains: results,
    entries: sum((result) => result.entries),
    checkpoints: sum((result) => result.checkpoints),
    problems,
  };
}

async function listChains(db: Db): Promise<string[]> {
  const result = await db.execute(sql`
    select chain from audit_chains
    union select distinct chain from audit_entries
    union select chain from audit_checkpoints
    order by 1`);
  return rowsOf(result).map((row) => String(row.chain));
}
