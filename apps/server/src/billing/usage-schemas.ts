import { z } from '@hono/zod-openapi';

export const USAGE_GROUPS = ['day', 'action', 'model', 'user', 'app', 'key'] as const;
export type UsageGroup = (typeof USAGE_GROUPS)[number];

/** At most this many groups are returned (a day per group over the longest range is 366). */
export const MAX_USAGE_GROUPS = 100_000;
/** The longest range one report covers. */
export const MAX_USAGE_RANGE_DAYS = 366;

const instant = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })])
  .openapi({ description: 'ISO date (UTC midnight) or date-time.', example: '2026-01-01' });

export const UsageQuerySchema = z.object({
  from: instant.optional().openapi({ description: 'Start, inclusive. Default: 30 days before `to`.' }),
  to: instant.optional().openapi({ description: 'End, exclusive. Default: now.' }),
  groupBy: z.enum(USAGE_GROUPS).default('day'),
});
export type UsageQuery = z.infer<typeof UsageQuerySchema>;

export const UsageRowSchema = z
  .object({
    key: z.string().nullable().openapi({
      description: 'The day (YYYY-MM-DD, UTC), action, model, user id, app id or API key id; null when not recorded.',
    }),
    tokens: z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER),
    calls: z.number().int().nonnegative(),
  })
  .openapi('UsageRow');
export type UsageRow = z.infer<typeof UsageRowSchema>;

export const UsageReportSchema = z
  .object({
    from: z.iso.datetime(),
    to: z.iso.datetime(),
    groupBy: z.enum(USAGE_GROUPS),
    data: z.array(UsageRowSchema),
    totals: z.object({ tokens: z.number().int(), calls: z.number().int().nonnegative() }),
    truncated: z.boolean().openapi({ description: `More than ${MAX_USAGE_GROUPS} groups: the rest were left out.` }),
  })
  .openapi('UsageReport');
export type UsageReport = z.infer<typeof UsageReportSchema>;
