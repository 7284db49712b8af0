import { z } from '@hono/zod-openapi';

const Direction = z.enum(['input', 'output', 'context']);
const Category = z.string().openapi({ example: 'prompt_injection' });

export const PolicyQuerySchema = z.object({
  appId: z
    .string()
    .min(1)
    .max(64)
    .optional()
    .openapi({ description: "An app's policy instead of the organization's." }),
});

export const StoredPolicySchema = z
  .object({
    source: z.enum(['default', 'organization', 'app']).openapi({
      description: 'Where the effective policy comes from: the built-in default, the organization, or the app.',
    }),
    version: z.number().int().nonnegative().openapi({ description: 'Version of that policy; 0 for the default.' }),
    appId: z.string().nullable(),
    policy: z.record(z.string(), z.unknown()).openapi({ description: 'The policy (see the firewall README).' }),
    updatedAt: z.iso.datetime().nullable(),
    updatedBy: z.string().nullable(),
  })
  .openapi('FirewallPolicy');
export type StoredPolicyBody = z.infer<typeof StoredPolicySchema>;

export const PutPolicyBodySchema = z
  .object({
    appId: z.string().min(1).max(64).optional(),
    policy: z
      .record(z.string(), z.unknown())
      .nullable()
      .openapi({ description: 'The new policy; null removes it (the organization policy or the default applies).' }),
  })
  .strict()
  .openapi('PutFirewallPolicyBody');

export const FindingBodySchema = z
  .object({
    detector: z.string(),
    category: Category,
    severity: z.string(),
    type: z.string().optional(),
    score: z.number(),
    start: z.number().int().optional(),
    end: z.number().int().optional(),
    source: z.string().optional(),
    action: z.enum(['allow', 'redact', 'block']),
    message: z.string(),
  })
  .openapi('FirewallFinding');

export const VerdictBodySchema = z
  .object({
    allowed: z.boolean(),
    action: z.enum(['allow', 'redact', 'block']),
    score: z.number(),
    findings: z.array(FindingBodySchema),
    redactedText: z.string().optional(),
    latencyMs: z.number(),
    shadow: z.literal(true).optional(),
  })
  .openapi('FirewallVerdict');

export const AnalyzeBodySchema = z
  .object({
    text: z.string().max(200_000),
    direction: Direction.default('input'),
    appId: z.string().min(1).max(64).optional().openapi({ description: "Use this app's effective policy." }),
    policy: z
      .record(z.string(), z.unknown())
      .optional()
      .openapi({ description: 'Try a policy without saving it (overrides appId).' }),
    systemPrompt: z.string().max(100_000).optional(),
  })
  .strict()
  .openapi('FirewallAnalyzeBody');

export const ThreatEventSchema = z
  .object({
    id: z.string(),
    appId: z.string().nullable(),
    requestId: z.string().nullable(),
    api: z.string(),
    direction: Direction,
    mode: z.enum(['enforce', 'shadow']),
    action: z.enum(['block', 'redact', 'allow']),
    detectors: z.array(z.string()),
    categories: z.array(z.string()),
    findings: z.array(
      z.object({
        detector: z.string(),
        category: z.string(),
        severity: z.string(),
        type: z.string().optional(),
        score: z.number(),
        action: z.string(),
        message: z.string(),
      }),
    ),
    score: z.number(),
    excerpt: z.string().openapi({ description: 'A short stretch of the text, secrets and PII masked.' }),
    latencyMs: z.number(),
    createdAt: z.iso.datetime(),
  })
  .openapi('ThreatEvent');
export type ThreatEventBody = z.infer<typeof ThreatEventSchema>;

export const EventsQuerySchema = z.object({
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  direction: Direction.optional(),
  action: z.enum(['block', 'redact', 'allow']).optional(),
  mode: z.enum(['enforce', 'shadow']).optional(),
  detector: z.string().min(1).max(64).optional(),
  category: z.string().min(1).max(64).optional(),
  appId: z.string().min(1).max(64).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().min(1).max(200).optional(),
});
export type EventsQuery = z.infer<typeof EventsQuerySchema>;

export const EventsPageSchema = z
  .object({
    data: z.array(ThreatEventSchema),
    nextCursor: z.string().nullable().openapi({ description: 'Pass as `cursor` for the next (older) page.' }),
  })
  .openapi('ThreatEventPage');

export const StatsQuerySchema = z.object({
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  appId: z.string().min(1).max(64).optional(),
});

const Count = z.object({ key: z.string(), count: z.number().int() });
export const FirewallStatsSchema = z
  .object({
    from: z.iso.datetime(),
    to: z.iso.datetime(),
    total: z.number().int(),
    byAction: z.array(Count),
    byMode: z.array(Count),
    byDirection: z.array(Count),
    byCategory: z.array(Count),
    byDetector: z.array(Count),
    byDay: z.array(Count).openapi({ description: 'Events per UTC day (YYYY-MM-DD).' }),
    latencyMs: z.object({ avg: z.number().nullable(), max: z.number().nullable() }),
  })
  .openapi('FirewallStats');
export type FirewallStats = z.infer<typeof FirewallStatsSchema>;
