import { z } from '@hono/zod-openapi';
import { MAX_AUDIT_PAGE } from '@sigmacode/audit';

const instant = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })])
  .openapi({ description: 'ISO date (UTC midnight) or date-time.', example: '2026-01-01' });

export const AuditQuerySchema = z.object({
  action: z
    .string()
    .max(64)
    .optional()
    .openapi({ description: 'Only this action, e.g. `api_key.created`.', example: 'api_key.created' }),
  actorId: z
    .string()
    .max(64)
    .optional()
    .openapi({ description: 'Only entries of this user (`usr_…`) or key (`key_…`).' }),
  targetType: z
    .string()
    .max(64)
    .optional()
    .openapi({ description: 'Only entries about this kind of thing, e.g. `app`.' }),
  from: instant.optional().openapi({ description: 'From this time, inclusive.' }),
  to: instant.optional().openapi({ description: 'Before this time, exclusive.' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_AUDIT_PAGE)
    .default(100)
    .openapi({ description: `Entries per page (JSON), at most ${MAX_AUDIT_PAGE}.` }),
  cursor: z.string().max(200).optional().openapi({ description: 'The `nextCursor` of the previous page.' }),
  format: z.enum(['json', 'csv']).default('json').openapi({ description: '`csv` streams every matching entry.' }),
  organizationId: z
    .string()
    .max(64)
    .optional()
    .openapi({ description: 'Platform operators only: another organization, or `platform` for entries of none.' }),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

export const AuditEntryBodySchema = z
  .object({
    id: z.string(),
    seq: z.number().int().positive(),
    occurredAt: z.iso.datetime(),
    action: z.string(),
    actorId: z.string().nullable(),
    actorEmail: z.string().nullable(),
    organizationId: z.string().nullable(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    ip: z.string().nullable(),
    requestId: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .openapi('AuditEntry');
export type AuditEntryBody = z.infer<typeof AuditEntryBodySchema>;

export const AuditPageSchema = z
  .object({ data: z.array(AuditEntryBodySchema), nextCursor: z.string().nullable() })
  .openapi('AuditPage');
