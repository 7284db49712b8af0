import { AppError, newId } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { DEFAULT_POLICY, type Policy, parsePolicy } from '@sigmacode/firewall';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { createTtlCache } from '../infra/ttl-cache.js';

/** The policy in force for a scope and where it comes from. */
export interface EffectivePolicy {
  policy: Policy;
  source: 'default' | 'organization' | 'app';
  version: number;
  appId: string | null;
  updatedAt: Date | null;
  updatedBy: string | null;
}

type Row = typeof schema.firewallPolicies.$inferSelect;

/** Parsed policies by row id. Rows never change (a change is a new version), so entries never go stale. */
const parsed = new Map<string, Policy>();
const MAX_CACHED = 5_000;

function policyOf(row: Row & { policy: Record<string, unknown> }): Policy {
  const cached = parsed.get(row.id);
  if (cached) return cached;
  const policy = parsePolicy(row.policy);
  if (parsed.size >= MAX_CACHED) parsed.delete(parsed.keys().next().value as string);
  parsed.set(row.id, policy);
  return policy;
}

async function latest({ db, organizationId, appId }: { db: Db; organizationId: string; appId: string | null }) {
  const table = schema.firewallPolicies;
  const [row] = await db
    .select()
    .from(table)
    .where(and(eq(table.organizationId, organizationId), appId === null ? isNull(table.appId) : eq(table.appId, appId)))
    .orderBy(desc(table.version))
    .limit(1);
  return row;
}

/**
 * The policy in force: the app's if it has one, else the organization's, else DEFAULT_POLICY. Parsed policies are
 * cached by row (versions are immutable), so the same object reaches the firewall and its compiled form is reused;
 * the answer itself is cached for 2 seconds (see `effective`).
 *
 * @example const { policy } = await loadEffectivePolicy({ db, organizationId, appId })
 */
export function loadEffectivePolicy({
  db,
  organizationId,
  appId = null,
  now = Date.now(),
}: {
  db: Db;
  organizationId: string;
  appId?: string | null;
  now?: number;
}): Promise<EffectivePolicy> {
  return effective.get(
    `${organizationId}\u0000${appId ?? ''}`,
    () => readEffectivePolicy({ db, organizationId, appId }),
    now,
  );
}

/**
 * Effective policies by organization and app, for 2 seconds: every AI call needs one, and a change saved on this
 * instance clears its organization's entries at once (other instances see it within the 2 seconds).
 */
const effective = createTtlCache<EffectivePolicy>({ ttlMs: 2_000 });

function forgetOrganization(organizationId: string): void {
  effective.deleteWhere((key) => key.startsWith(`${organizationId}\u0000`));
}

async function readEffectivePolicy({
  db,
  organizationId,
  appId,
}: {
  db: Db;
  organizationId: string;
  appId: string | null;
}): Promise<EffectivePolicy> {
  for (const scope of appId === null ? [null] : [appId, null]) {
    const row = await latest({ db, organizationId, appId: scope });
    if (row?.policy) {
      return {
        policy: policyOf({ ...row, policy: row.policy }),
        source: scope === null ? 'organization' : 'app',
        version: row.version,
        appId: scope,
        updatedAt: row.createdAt,
        updatedBy: row.createdBy,
      };
    }
  }
  return { policy: DEFAULT_POLICY, source: 'default', version: 0, appId: null, updatedAt: null, updatedBy: null };
}

/**
 * Stores a new version of the organization's (or an app's) policy; `null` removes it, so the next scope applies.
 * The policy is validated first (VALIDATION_FAILED with `details.issues` paths under `policy.`). Two concurrent
 * saves get consecutive versions.
 *
 * @example await savePolicy({ db, organizationId, appId: null, policy: { version: 1, mode: 'shadow' }, userId })
 */
export async function savePolicy({
  db,
  organizationId,
  appId,
  policy,
  userId,
}: {
  db: Db;
  organizationId: string;
  appId: string | null;
  policy: Record<string, unknown> | null;
  userId: string | null;
}): Promise<void> {
  const stored = policy === null ? null : validatePolicyInput(policy);
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const current = await latest({ db, organizationId, appId });
    try {
      await db.insert(schema.firewallPolicies).values({
        id: newId('fwp'),
        organizationId,
        appId,
        version: (current?.version ?? 0) + 1,
        policy: stored,
        createdBy: userId,
      });
      forgetOrganization(organizationId);
      return;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new AppError('CONFLICT', { message: 'The policy changed concurrently; try again.' });
}

/**
 * Validates a policy from the API; VALIDATION_FAILED with `details.issues` paths under `policy.` when invalid.
 *
 * @example validatePolicyInput({ version: 1, mode: 'shadow' })
 */
export function validatePolicyInput(policy: Record<string, unknown>): Record<string, unknown> {
  try {
    // Stored as given after validation (defaults are filled in when it is loaded), so later defaults still apply.
    parsePolicy(policy);
    return policy;
  } catch (error) {
    if (error instanceof AppError && Array.isArray(error.details?.issues)) {
      const issues = (error.details.issues as { path: string; message: string }[]).map((issue) => ({
        path: issue.path ? `policy.${issue.path}` : 'policy',
        message: issue.message,
      }));
      throw new AppError('VALIDATION_FAILED', {
        message: `The firewall policy is invalid: ${issues[0]?.path}: ${issues[0]?.message}`,
        details: { issues },
      });
    }
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  for (let current: unknown = error; current; current = (current as { cause?: unknown }).cause) {
    if ((current as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

/**
 * A scope's own stored policy as it was saved (not the effective one): null when it has none or it was removed.
 *
 * @example const own = await loadOwnPolicy({ db, organizationId, appId })
 */
export async function loadOwnPolicy({
  db,
  organizationId,
  appId,
}: {
  db: Db;
  organizationId: string;
  appId: string | null;
}): Promise<Record<string, unknown> | null> {
  return (await latest({ db, organizationId, appId }))?.policy ?? null;
}
