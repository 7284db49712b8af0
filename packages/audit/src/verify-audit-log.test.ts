import { newId } from '@sigmacode/core';
import { type Database, type Db, schema } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import { and, asc, eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH } from './audit-constants.js';
import type { AuditEntry } from './audit-entry.js';
import { auditPublicKeyFrom, deriveAuditSigningKey } from './audit-signing-key.js';
import { checkpointMessage } from './checkpoint-message.js';
import { type AuditLog, createAuditLog } from './create-audit-log.js';
import { formatAuditVerification } from './format-audit-verification.js';
import { hashAuditEntry } from './hash-audit-entry.js';
import { asAttacker } from './testing/tamper.js';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';

describe.each(testEngines())('audit verify catches tampering on $name', (engine) => {
  let database: Database;
  let db: Db;
  let audit: AuditLog;

  beforeEach(async () => {
    database = await engine.create();
    db = database.db;
    // Checkpoints at seq 4 and 8 of org_x (10 entries), none of org_y (2 entries).
    audit = createAuditLog({ db, secret: SECRET, checkpoint: { everyEntries: 4, everyMs: 3_600_000 } });
    for (let i = 1; i <= 10; i += 1) {
      await audit.record({
        action: i % 2 ? 'billing.credit' : 'api_key.created',
        organizationId: 'org_x',
        actorId: 'usr_alice',
        actorEmail: 'alice@example.test',
        targetType: 'organization',
        targetId: 'org_x',
        ip: '198.51.100.4',
        requestId: `req-${i}`,
        details: { amount: i * 1000 },
      });
    }
    for (let i = 1; i <= 2; i += 1) await audit.record({ action: 'app.created', organizationId: 'org_y' });
  });
  afterEach(() => database.close());

  const entryAt = async (seq: number, chain = 'org_x'): Promise<AuditEntry> => {
    const [row] = await db
      .select()
      .from(schema.auditEntries)
      .where(and(eq(schema.auditEntries.chain, chain), eq(schema.auditEntries.seq, seq)));
    if (!row) throw new Error(`no entry at seq ${seq}`);
    return row;
  };

  it('an untouched log verifies', async () => {
    const result = await audit.verify();
    expect(result.problems).toEqual([]);
    expect(formatAuditVerification(result)).toBe('12/12 entries valid, 2/2 checkpoints valid\n');
    expect((await audit.verify({ chain: 'org_y' })).entries).toEqual({ valid: 2, total: 2 });
  });

  it('an edited entry is caught where it was edited', async () => {
    const target = await entryAt(5);
    await asAttacker(db, (tx) =>
      tx.execute(sql`update audit_entries set details = '{"amount": 1}'::jsonb where id = ${target.id}`),
    );
    const result = await audit.verify();
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      expect.objectContaining({ chain: 'org_x', kind: 'content-altered', seq: 5, entryId: target.id }),
    ]);
    expect(result.entries).toEqual({ valid: 11, total: 12 });
    const text = formatAuditVerification(result);
    expect(text).toContain('11/12 entries valid, 2/2 checkpoints valid');
    expect(text).toContain(`chain org_x, seq 5, entry ${target.id}`);
    expect(text).toContain('does not match its hash');
  });

  it('an edited entry whose hash was recomputed breaks the link to the next one', async () => {
    const target = await entryAt(5);
    const forged = { ...target, actorEmail: 'mallory@example.test' };
    const hash = hashAuditEntry({ prevHash: target.prevHash, entry: forged });
    await asAttacker(db, (tx) =>
      tx.execute(
        sql`update audit_entries set actor_email = ${forged.actorEmail}, hash = ${hash} where id = ${target.id}`,
      ),
    );
    const result = await audit.verify({ chain: 'org_x' });
    // The entry itself now hashes correctly; the next one still points at its old hash.
    expect(result.problems.map((problem) => [problem.kind, problem.seq])).toEqual([['link-broken', 6]]);
    expect(result.problems[0]?.message).toContain('an earlier entry was changed');
  });

  it('a chain rewritten from an entry to its end, head included, is caught by the signed checkpoints', async () => {
    const rows = await db
      .select()
      .from(schema.auditEntries)
      .where(eq(schema.auditEntries.chain, 'org_x'))
      .orderBy(asc(schema.auditEntries.seq));
    await asAttacker(db, async (tx) => {
      let prevHash = rows[0]?.hash ?? GENESIS_HASH;
      for (const row of rows.slice(1)) {
        const forged = { ...row, details: { amount: 0 }, prevHash };
        forged.hash = hashAuditEntry({ prevHash, entry: forged });
        await tx.execute(
          sql`update audit_entries set details = '{"amount":0}'::jsonb, prev_hash = ${prevHash}, hash = ${forged.hash} where id = ${row.id}`,
        );
        prevHash = forged.hash;
      }
      await tx.execute(sql`update audit_chains set last_hash = ${prevHash} where chain = 'org_x'`);
    });
    const result = await audit.verify({ chain: 'org_x' });
    expect(result.entries).toEqual({ valid: 10, total: 10 });
    expect(result.problems.map((problem) => [problem.kind, problem.seq])).toEqual([
      ['checkpoint-hash-mismatch', 4],
      ['checkpoint-hash-mismatch', 8],
    ]);
  });

  it('a deleted entry is caught as a gap in seq', async () => {
    const gone = await entryAt(3);
    const next = await entryAt(4);
    await asAttacker(db, (tx) => tx.execute(sql`delete from audit_entries where id = ${gone.id}`));
    const result = await audit.verify();
    expect(result.problems).toEqual([
      expect.objectContaining({ kind: 'entries-missing', chain: 'org_x', seq: 4, entryId: next.id }),
    ]);
    expect(result.problems[0]?.message).toContain('seq 3 is missing');
    expect(result.entries).toEqual({ valid: 10, total: 11 });
  });

  it('reordered entries are caught, naming the seq each was written as', async () => {
    const six = await entryAt(6);
    const seven = await entryAt(7);
    await asAttacker(db, async (tx) => {
      await tx.execute(sql`update audit_entries set seq = 1000 where id = ${six.id}`);
      await tx.execute(sql`update audit_entries set seq = 6 where id = ${seven.id}`);
      await tx.execute(sql`update audit_entries set seq = 7 where id = ${six.id}`);
    });
    const result = await audit.verify({ chain: 'org_x' });
    const moved = result.problems.filter((problem) => problem.kind === 'content-altered');
    expect(moved.map((problem) => [problem.seq, problem.entryId])).toEqual([
      [6, seven.id],
      [7, six.id],
    ]);
    expect(moved[0]?.message).toContain('was written as seq 7');
    expect(result.ok).toBe(false);
  });

  it('a truncated chain is caught by its head, and by the checkpoint when the head was rewound too', async () => {
    await asAttacker(db, (tx) => tx.execute(sql`delete from audit_entries where chain = 'org_x' and seq >= 9`));
    const cut = await audit.verify({ chain: 'org_x' });
    expect(cut.problems.map((problem) => [problem.kind, problem.seq])).toEqual([['truncated', 9]]);
    expect(cut.problems[0]?.message).toContain('entries 9–10 are missing');

    const seven = await entryAt(7);
    await asAttacker(db, async (tx) => {
      await tx.execute(sql`delete from audit_entries where chain = 'org_x' and seq = 8`);
      await tx.execute(sql`update audit_chains set last_seq = 7, last_hash = ${seven.hash} where chain = 'org_x'`);
    });
    const rewound = await audit.verify({ chain: 'org_x' });
    expect(rewound.problems.map((problem) => [problem.kind, problem.seq])).toEqual([['checkpoint-entry-missing', 8]]);
    expect(rewound.checkpoints).toEqual({ valid: 1, total: 2 });
  });

  it('forged checkpoints are caught: an unknown key, a borrowed key id, an altered hash', async () => {
    const mallory = deriveAuditSigningKey({ secret: 'mallory-has-her-own-secret-0123456789' });
    const four = await entryAt(4, 'org_x');
    const signedAt = new Date('2025-01-01T00:00:00.000Z');
    const forge = (keyId: string, publicKey: string) => ({
      id: newId('ackp'),
      chain: 'org_y',
      seq: 2,
      hash: 'f'.repeat(64),
      signedAt,
      keyId,
      publicKey,
      signature: mallory.sign(checkpointMessage({ chain: 'org_y', seq: 2, hash: 'f'.repeat(64), signedAt, keyId })),
    });
    await db.insert(schema.auditCheckpoints).values(forge(mallory.keyId, mallory.publicKey));
    const unknown = await audit.verify({ chain: 'org_y' });
    expect(unknown.problems.map((problem) => problem.kind)).toEqual(['checkpoint-unknown-key']);

    // Mallory's signature under the platform's key id; then an altered hash of a genuine checkpoint.
    await asAttacker(db, async (tx) => {
      await tx.execute(sql`delete from audit_checkpoints where chain = 'org_y'`);
      await tx.insert(schema.auditCheckpoints).values(forge(audit.signer.keyId, audit.signer.publicKey));
      await tx.execute(sql`update audit_checkpoints set hash = ${'0'.repeat(64)} where chain = 'org_x' and seq = 4`);
    });
    const result = await audit.verify();
    expect(result.problems.map((problem) => [problem.chain, problem.kind, problem.seq])).toEqual([
      ['org_x', 'checkpoint-bad-signature', 4],
      ['org_y', 'checkpoint-bad-signature', 2],
    ]);
    expect(result.checkpoints).toEqual({ valid: 1, total: 3 });
    expect(four.hash).not.toBe('0'.repeat(64));

    // After the secret is rotated, checkpoints of the earlier key verify only once that key is trusted.
    const rotated = createAuditLog({ db, secret: `${SECRET}-rotated` });
    expect((await rotated.verify({ chain: 'org_x' })).checkpoints).toEqual({ valid: 0, total: 2 });
    const earlierKey = auditPublicKeyFrom(audit.signer.publicKey);
    expect((await rotated.verify({ chain: 'org_x', trustedKeys: [earlierKey] })).checkpoints).toEqual({
      valid: 1,
      total: 2,
    });
  });
});
