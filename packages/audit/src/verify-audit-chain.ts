import { type Db, schema } from '@sigmacode/db';
import { and, asc, eq, gt } from 'drizzle-orm';
import { GENESIS_HASH } from './audit-constants.js';
import type { AuditPublicKey } from './audit-signing-key.js';
import { verifyAuditSignature } from './audit-signing-key.js';
import type { AuditProblem, AuditProblemKind, ChainVerification } from './audit-verification.js';
import { checkpointMessage } from './checkpoint-message.js';
import { hashAuditEntry } from './hash-audit-entry.js';

const PAGE_SIZE = 1000;
/** How far from its place an entry's original seq is searched for, to name a reordering as one. */
const MOVED_SEARCH = 16;

/**
 * Verifies one chain inside the given transaction (use a REPEATABLE READ one, so the head, the entries and the
 * checkpoints are one snapshot): walks the entries in seq order checking that seq counts up without gaps, that each
 * `prev_hash` is the hash of the entry before, and that each hash recomputes from the entry; then compares the head
 * with the last entry, and checks every checkpoint's signature against the trusted keys and its hash against the
 * entry at its seq. Every problem names the chain, the seq, the entry or checkpoint id, and what differs.
 *
 * @example
 * const result = await db.transaction((tx) => verifyAuditChain({ tx, chain, trustedKeys }), { isolationLevel: 'repeatable read' })
 */
export async function verifyAuditChain({
  tx,
  chain,
  trustedKeys,
}: {
  tx: Db;
  chain: string;
  trustedKeys: readonly AuditPublicKey[];
}): Promise<ChainVerification> {
  const problems: AuditProblem[] = [];
  const report = (
    kind: AuditProblemKind,
    at: Partial<Omit<AuditProblem, 'chain' | 'kind' | 'message'>>,
    message: string,
  ) =>
    problems.push({
      chain,
      kind,
      seq: at.seq ?? null,
      entryId: at.entryId ?? null,
      checkpointId: at.checkpointId ?? null,
      message,
    });

  const [head] = await tx.select().from(schema.auditChains).where(eq(schema.auditChains.chain, chain));
  const checkpoints = await tx
    .select()
    .from(schema.auditCheckpoints)
    .where(eq(schema.auditCheckpoints.chain, chain))
    .orderBy(asc(schema.auditCheckpoints.seq));
  const checkpointSeqs = new Set(checkpoints.map((checkpoint) => checkpoint.seq));
  const hashAt = new Map<number, string>();

  let total = 0;
  let valid = 0;
  let lastSeq = 0;
  let lastHash = GENESIS_HASH;
  for (;;) {
    const page = await tx
      .select()
      .from(schema.auditEntries)
      .where(and(eq(schema.auditEntries.chain, chain), gt(schema.auditEntries.seq, lastSeq)))
      .orderBy(asc(schema.auditEntries.seq))
      .limit(PAGE_SIZE);
    for (const row of page) {
      total += 1;
      let ok = true;
      const at = { seq: row.seq, entryId: row.id };
      if (row.seq !== lastSeq + 1) {
        ok = false;
        const missing = row.seq - 1 === lastSeq + 1 ? `seq ${lastSeq + 1} is` : `seq ${lastSeq + 1}–${row.seq - 1} are`;
        report(
          'entries-missing',
          at,
          `${missing} missing: after seq ${lastSeq} comes seq ${row.seq} (entry ${row.id}); entries were deleted`,
        );
      } else if (row.prevHash !== lastHash) {
        ok = false;
        report(
          'link-broken',
          at,
          `entry ${row.id} at seq ${row.seq} links to prev_hash ${short(row.prevHash)}, but the entry before it (seq ${lastSeq}) has hash ${short(lastHash)}: an earlier entry was changed, replaced or reordered`,
        );
      }
      const computed = hashAuditEntry({ prevHash: row.prevHash, entry: row });
      if (computed !== row.hash) {
        ok = false;
        const movedFrom = originalSeqOf(row);
        report(
          'content-altered',
          at,
          movedFrom === null
            ? `entry ${row.id} at seq ${row.seq} does not match its hash (stored ${short(row.hash)}, computed ${short(computed)}): the entry was edited after it was written`
            : `entry ${row.id} stands at seq ${row.seq} but was written as seq ${movedFrom} (its hash matches only there): entries were reordered`,
        );
      }
      if (ok) valid += 1;
      if (checkpointSeqs.has(row.seq)) hashAt.set(row.seq, row.hash);
      lastSeq = row.seq;
      lastHash = row.hash;
    }
    if (page.length < PAGE_SIZE) break;
  }

  if (!head) {
    if (total > 0)
      report('head-missing', { seq: lastSeq }, `the chain has ${total} entries but no head row: the head was deleted`);
  } else if (head.lastSeq > lastSeq) {
    report(
      'truncated',
      { seq: lastSeq + 1 },
      `the chain head records seq ${head.lastSeq} (hash ${short(head.lastHash)}) but the last entry is seq ${lastSeq}: entries ${lastSeq + 1}–${head.lastSeq} are missing (the chain was truncated)`,
    );
  } else if (head.lastSeq < lastSeq) {
    report(
      'head-behind',
      { seq: head.lastSeq + 1 },
      `the chain head records seq ${head.lastSeq} but entries go up to seq ${lastSeq}: entries were added outside the log`,
    );
  } else if (head.lastHash !== lastHash) {
    report(
      'head-mismatch',
      { seq: lastSeq },
      `the chain head records hash ${short(head.lastHash)} for seq ${lastSeq}, the entry has ${short(lastHash)}`,
    );
  }

  const trusted = new Map(trustedKeys.map((key) => [key.keyId, key]));
  let validCheckpoints = 0;
  for (const checkpoint of checkpoints) {
    const at = { seq: checkpoint.seq, checkpointId: checkpoint.id };
    const where = `checkpoint ${checkpoint.id} at seq ${checkpoint.seq} (signed ${checkpoint.signedAt.toISOString()})`;
    const key = trusted.get(checkpoint.keyId);
    if (!key) {
      report(
        'checkpoint-unknown-key',
        at,
        `${where} is signed by key ${checkpoint.keyId}, which is not trusted: it was forged or signed with another secret`,
      );
      continue;
    }
    let ok = true;
    if (checkpoint.publicKey !== key.publicKey) {
      ok = false;
      report('checkpoint-key-mismatch', at, `${where} stores a public key that is not the trusted key ${key.keyId}`);
    }
    if (!verifyAuditSignature({ key, message: checkpointMessage(checkpoint), signature: checkpoint.signature })) {
      ok = false;
      report(
        'checkpoint-bad-signature',
        at,
        `${where}: the signature does not cover its chain, seq, hash and time: the checkpoint was forged or altered`,
      );
    } else {
      const entryHash = hashAt.get(checkpoint.seq);
      if (entryHash === undefined) {
        ok = false;
        report(
          'checkpoint-entry-missing',
          at,
          `${where} vouches for hash ${short(checkpoint.hash)} at seq ${checkpoint.seq}, but there is no entry at that seq: the chain was truncated or the entry deleted`,
        );
      } else if (entryHash !== checkpoint.hash) {
        ok = false;
        report(
          'checkpoint-hash-mismatch',
          at,
          `${where} vouches for hash ${short(checkpoint.hash)}, but the entry at seq ${checkpoint.seq} has ${short(entryHash)}: entries up to seq ${checkpoint.seq} were rewritten`,
        );
      }
    }
    if (ok) validCheckpoints += 1;
  }

  return {
    chain,
    entries: { valid, total },
    checkpoints: { valid: validCheckpoints, total: checkpoints.length },
    problems,
  };
}

/** The seq an entry was written with, when its hash matches there (it was moved) rather than where it stands. */
function originalSeqOf(row: typeof schema.auditEntries.$inferSelect): number | null {
  for (let distance = 1; distance <= MOVED_SEARCH; distance += 1) {
    for (const seq of [row.seq - distance, row.seq + distance]) {
      if (seq >= 1 && hashAuditEntry({ prevHash: row.prevHash, entry: { ...row, seq } }) === row.hash) return seq;
    }
  }
  return null;
}

function short(hash: string): string {
  return `${hash.slice(0, 12)}…`;
}
