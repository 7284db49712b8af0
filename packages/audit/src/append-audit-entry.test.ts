import { type Database, schema } from '@sigmacode/db';
import { testEngines } from '@sigmacode/db/testing';
import { asc, eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH } from './audit-constants.js';
import { type AuditLog, createAuditLog } from './create-audit-log.js';
import { hashAuditEntry } from './hash-audit-entry.js';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';

describe.each(testEngines())('the audit log on $name', (engine) => {
  let database: Database;
  let audit: AuditLog;

  beforeEach(async () => {
    database = await engine.create();
    audit = createAuditLog({ db: database.db, secret: SECRET, checkpoint: { everyEntries: 3, everyMs: 3_600_000 } });
  });
  afterEach(() => database.close());

  const entriesOf = (chain: string) =>
    database.db
      .select()
      .from(schema.auditEntries)
      .where(eq(schema.auditEntries.chain, chain))
      .orderBy(asc(schema.auditEntries.seq));

  it('chains the entries of an organization: seq 1, 2, 3 …, each hashed onto the one before', async () => {
    for (const action of ['api_key.created', 'api_key.revoked', 'member.role_changed', 'app.created']) {
      await audit.record({
        action,
        organizationId: 'org_a',
        actorId: 'usr_1',
        actorEmail: 'a@example.test',
        targetType: 'api_key',
        targetId: 'key_1',
        ip: '203.0.113.7',
        requestId: 'req-1',
        details: { z: 1, a: { nested: [1, 'two', null] } },
      });
    }
    await audit.record({ action: 'auth.sign_in_failed', organizationId: null, details: { email: 'x@example.test' } });

    const rows = await entriesOf('org_a');
    expect(rows.map((row) => row.seq)).toEqual([1, 2, 3, 4]);
    let prevHash = GENESIS_HASH;
    for (const row of rows) {
      expect(row.prevHash).toBe(prevHash);
      expect(hashAuditEntry({ prevHash, entry: row })).toBe(row.hash);
      prevHash = row.hash;
    }
    const [platform] = await entriesOf('platform');
    expect(platform).toMatchObject({ seq: 1, organizationId: null, prevHash: GENESIS_HASH });

    // Every 3 entries a signed checkpoint; the head follows the last entry.
    const checkpoints = await database.db.select().from(schema.auditCheckpoints);
    expect(checkpoints.map((checkpoint) => [checkpoint.chain, checkpoint.seq])).toEqual([['org_a', 3]]);
    expect(checkpoints[0]?.hash).toBe(rows[2]?.hash);
    expect(checkpoints[0]?.keyId).toBe(audit.signer.keyId);
    const [head] = await database.db.select().from(schema.auditChains).where(eq(schema.auditChains.chain, 'org_a'));
    expect(head).toMatchObject({ lastSeq: 4, lastHash: rows[3]?.hash, lastCheckpointSeq: 3 });

    const result = await audit.verify();
    expect(result.ok).toBe(true);
    expect(result.entries).toEqual({ valid: 5, total: 5 });
    expect(result.checkpoints).toEqual({ valid: 1, total: 1 });
  });

  it('signs a checkpoint when the time has come, and checkpoint({ force }) signs every unsigned head', async () => {
    let now = Date.parse('2025-03-01T10:00:00.000Z');
    const timed = createAuditLog({
      db: database.db,
      secret: SECRET,
      checkpoint: { everyEntries: 1000, everyMs: 60_000 },
      now: () => new Date(now),
    });
    await timed.record({ action: 'app.created', organizationId: 'org_t' });
    await database.db.update(schema.auditChains).set({ createdAt: new Date(now) });
    now += 30_000;
    await timed.record({ action: 'app.updated', organizationId: 'org_t' });
    expect(await database.db.select().from(schema.auditCheckpoints)).toHaveLength(0);
    now += 31_000;
    await timed.record({ action: 'app.updated', organizationId: 'org_t' });
    expect((await database.db.select().from(schema.auditCheckpoints)).map((row) => row.seq)).toEqual([3]);

    await timed.record({ action: 'app.deleted', organizationId: 'org_t' });
    expect(await timed.checkpoint()).toEqual({ signed: 0 });
    expect(await timed.checkpoint({ force: true })).toEqual({ signed: 1 });
    expect(await timed.checkpoint({ force: true })).toEqual({ signed: 0 });
    expect((await timed.verify()).checkpoints).toEqual({ valid: 2, total: 2 });
  });

  it('writes inside the caller’s transaction and rolls back with it', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await audit.record({ action: 'app.created', organizationId: 'org_r' }, { tx });
        throw new Error('the action failed');
      }),
    ).rejects.toThrow('the action failed');
    expect(await entriesOf('org_r')).toHaveLength(0);
    await audit.record({ action: 'app.created', organizationId: 'org_r' });
    expect((await entriesOf('org_r')).map((row) => row.seq)).toEqual([1]);
  });

  it('refuses entries that are not valid', async () => {
    await expect(audit.record({ action: 'Not An Action', organizationId: 'org_a' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });

  it('the database refuses UPDATE, DELETE and TRUNCATE of entries and checkpoints', async () => {
    for (let i = 0; i < 3; i += 1) await audit.record({ action: 'app.created', organizationId: 'org_a' });
    const attempts = [
      sql`update audit_entries set action = 'app.deleted' where seq = 1`,
      sql`delete from audit_entries where seq = 3`,
      sql`truncate audit_entries`,
      sql`update audit_checkpoints set hash = 'x'`,
      sql`delete from audit_checkpoints`,
      sql`truncate audit_checkpoints`,
    ];
    for (const statement of attempts) {
      const error = await database.db.execute(statement).then(
        () => null,
        (caught: unknown) => caught,
      );
      // Drizzle wraps the driver's error; the trigger's message is its cause.
      expect(String((error as { cause?: unknown } | null)?.cause)).toMatch(/is append-only: (UPDATE|DELETE|TRUNCATE)/);
    }
    expect(await entriesOf('org_a')).toHaveLength(3);
    expect((await audit.verify()).ok).toBe(true);
  });

  it('concurrent appends in one organization never fork the chain', async () => {
    const count = 40;
    await Promise.all(
      Array.from({ length: count }, (_, i) =>
        audit.record({ action: 'billing.credit', organizationId: i % 4 === 0 ? 'org_b' : 'org_c', details: { i } }),
      ),
    );
    const c = await entriesOf('org_c');
    expect(c.map((row) => row.seq)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect((await entriesOf('org_b')).map((row) => row.seq)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    const result = await audit.verify();
    expect(result.problems).toEqual([]);
    expect(result.entries).toEqual({ valid: count, total: count });
    expect(result.checkpoints).toEqual({ valid: 13, total: 13 });
  });
});
