import { z } from 'zod';

// Response shapes of the firewall routes (checked against /api/openapi.json). Policies are loose objects: the
// dashboard edits the fields it knows and sends everything else back exactly as the server gave it.

export const FIREWALL_MODES = ['enforce', 'shadow', 'off'] as const;
export type FirewallMode = (typeof FIREWALL_MODES)[number];

/** What a detector's findings do; `allow` only reports (logs) them. */
export const DETECTOR_ACTIONS = ['block', 'redact', 'pseudonymize', 'allow'] as const;
export type DetectorAction = (typeof DETECTOR_ACTIONS)[number];

export const DIRECTIONS = ['input', 'output', 'context'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const DetectorConfigSchema = z.looseObject({
  enabled: z.boolean().optional(),
  action: z.enum(DETECTOR_ACTIONS).optional(),
  directionActions: z.partialRecord(z.enum(DIRECTIONS), z.enum(DETECTOR_ACTIONS)).optional(),
  threshold: z.number().optional(),
});
export type DetectorConfig = z.infer<typeof DetectorConfigSchema>;

export const PolicySchema = z.looseObject({
  version: z.literal(1),
  mode: z.enum(FIREWALL_MODES).optional(),
  detectors: z.record(z.string(), DetectorConfigSchema).optional(),
});
export type Policy = z.infer<typeof PolicySchema>;

export const StoredPolicySchema = z.object({
  source: z.enum(['default', 'organization', 'app']),
  version: z.number().int(),
  appId: z.string().nullable(),
  policy: PolicySchema,
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type StoredPolicy = z.infer<typeof StoredPolicySchema>;

export const FindingSchema = z.object({
  detector: z.string(),
  category: z.string(),
  severity: z.string(),
  type: z.string().optional(),
  score: z.number(),
  start: z.number().int().optional(),
  end: z.number().int().optional(),
  action: z.enum(['allow', 'redact', 'block']),
  message: z.string(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const VerdictSchema = z.object({
  allowed: z.boolean(),
  action: z.enum(['allow', 'redact', 'block']),
  score: z.number(),
  findings: z.array(FindingSchema),
  redactedText: z.string().optional(),
  latencyMs: z.number(),
  shadow: z.literal(true).optional(),
});
export type Verdict = z.infer<typeof VerdictSchema>;

export const ThreatEventSchema = z.object({
  id: z.string(),
  appId: z.string().nullable(),
  requestId: z.string().nullable(),
  api: z.string(),
  direction: z.enum(DIRECTIONS),
  mode: z.enum(['enforce', 'shadow']),
  action: z.enum(['block', 'redact', 'allow']),
  detectors: z.array(z.string()),
  categories: z.array(z.string()),
  findings: z.array(
    z.object({ detector: z.string(), category: z.string(), severity: z.string(), type: z.string().optional() }),
  ),
  score: z.number(),
  excerpt: z.string(),
  latencyMs: z.number(),
  createdAt: z.string(),
});
export type ThreatEvent = z.infer<typeof ThreatEventSchema>;

export const ThreatEventPageSchema = z.object({ data: z.array(ThreatEventSchema), nextCursor: z.string().nullable() });
export type ThreatEventPage = z.infer<typeof ThreatEventPageSchema>;

const CountSchema = z.object({ key: z.string(), count: z.number().int() });
export const FirewallStatsSchema = z.object({
  from: z.string(),
  to: z.string(),
  total: z.number().int(),
  byAction: z.array(CountSchema),
  byMode: z.array(CountSchema),
  byDirection: z.array(CountSchema),
  byCategory: z.array(CountSchema),
  byDetector: z.array(CountSchema),
  byDay: z.array(CountSchema),
  latencyMs: z.object({ avg: z.number().nullable(), max: z.number().nullable() }),
});
export type FirewallStats = z.infer<typeof FirewallStatsSchema>;
