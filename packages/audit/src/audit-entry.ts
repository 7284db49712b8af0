import { z } from 'zod';

/** The actions the platform records; `action` is free text with this shape, so a new one needs no migration. */
export const AUDIT_ACTIONS = [
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_out',
  'api_key.created',
  'api_key.revoked',
  'member.role_changed',
  'member.removed',
  'member.left',
  'member.joined',
  'invitation.created',
  'invitation.revoked',
  'organization.deleted',
  'firewall.policy_changed',
  'firewall.blocked',
  'provider.credential_saved',
  'provider.credential_removed',
  'app.created',
  'app.updated',
  'app.deleted',
  'app_key.created',
  'app_key.revoked',
  'billing.credit',
  'billing.refund',
  'billing.adjustment',
  'billing.purchase',
  'platform.admin_created',
  'platform.price_changed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** `domain.verb` in lower snake case, e.g. `api_key.created`. */
export const AuditActionSchema = z
  .string()
  .max(64)
  .regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/, 'an action looks like domain.verb (lower snake case)');

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
const JsonValueSchema: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number().refine(Number.isFinite, 'numbers must be finite'),
    z.boolean(),
    z.null(),
    z.array(JsonValueSchema),
    z.record(z.string(), JsonValueSchema),
  ]),
);

const text = (max: number) => z.string().min(1).max(max);

/** What a caller records. The log adds id, chain, seq, time and hashes. */
export const AuditEntryInputSchema = z.object({
  action: AuditActionSchema,
  /** The organization the action belongs to; null for the platform chain. */
  organizationId: text(64).nullable(),
  actorId: text(64).nullable().default(null),
  actorEmail: text(320).nullable().default(null),
  targetType: text(64).nullable().default(null),
  targetId: text(200).nullable().default(null),
  ip: text(64).nullable().default(null),
  requestId: text(128).nullable().default(null),
  /** Anything else worth keeping (never secrets): amounts, old and new roles, a reason. */
  details: z.record(z.string(), JsonValueSchema).default({}),
});
export type AuditEntryInput = z.input<typeof AuditEntryInputSchema>;

/** An entry as stored and verified; `hash` = SHA-256(prevHash ‖ canonical(entry)), see hashAuditEntry. */
export interface AuditEntry {
  id: string;
  chain: string;
  seq: number;
  organizationId: string | null;
  occurredAt: Date;
  action: string;
  actorId: string | null;
  actorEmail: string | null;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}
