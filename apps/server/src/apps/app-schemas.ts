import { z } from '@hono/zod-openapi';
import { APP_MODES } from '@sigmacode/db';

export const AppModeSchema = z.enum(APP_MODES).openapi('AppMode');

/** `<provider>/<model>`: a platform provider (`openai/gpt-4o-mini`), an organization's credential name, or `sigmacode/echo`. */
export const ModelIdSchema = z
  .string()
  .trim()
  .min(3)
  .max(200)
  .regex(/^[A-Za-z0-9][\w.-]*\/\S+$/, { message: 'must be <provider>/<model>, e.g. openai/gpt-4o-mini' })
  .openapi({ example: 'sigmacode/echo' });

export const AppParametersSchema = z
  .object({
    temperature: z.number().min(0).max(2).optional(),
    topP: z.number().min(0).max(1).optional(),
    maxTokens: z.number().int().min(1).max(200_000).optional(),
    presencePenalty: z.number().min(-2).max(2).optional(),
    frequencyPenalty: z.number().min(-2).max(2).optional(),
    stop: z.array(z.string().min(1).max(100)).max(4).optional(),
  })
  .strict()
  .openapi('AppParameters');

/** Built-in tools, and MCP tools as `mcp:<server name>/<tool>` (or `mcp:<server name>/*` for all of them). */
export const ToolRefSchema = z
  .string()
  .regex(/^(http_request|current_time|calculator|web_page|mcp:[\w.-]+\/(\*|[\w.-]+))$/, {
    message: 'must be a built-in tool (http_request, current_time, calculator, web_page) or mcp:<server>/<tool>',
  });

/**
 * A Dify app behind SIGMACODE: its Service API base URL (null: the platform's DIFY_API_URL) and its app key. The key
 * is write-only: sent as `apiKey`, stored sealed (`sealedKey`, set by the server), never returned.
 */
export const DifyUpstreamSchema = z
  .object({
    kind: z.literal('dify'),
    baseUrl: z
      .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
      .max(500)
      .nullable()
      .default(null)
      .openapi({ example: 'https://dify.example.com/v1' }),
    apiKey: z
      .string()
      .trim()
      .min(8)
      .max(500)
      .optional()
      .openapi({ description: "The Dify app's key (app-…). Write-only; on an update, absent keeps the stored key." }),
    sealedKey: z.string().max(2_000).optional().openapi({ description: 'Set by the server; never returned.' }),
  })
  .strict()
  .openapi('DifyUpstream');
export type DifyUpstream = z.infer<typeof DifyUpstreamSchema>;

export const AppConfigSchema = z
  .object({
    /** The built-in engine's model; not used when the app runs on Dify (`upstream`). */
    model: ModelIdSchema.optional(),
    /** Set: the app runs on an external Dify app, reached over Dify's Service API. */
    upstream: DifyUpstreamSchema.nullable().default(null),
    systemPrompt: z.string().max(100_000).default(''),
    parameters: AppParametersSchema.default({}),
    openingStatement: z.string().max(10_000).default(''),
    suggestedQuestions: z.array(z.string().trim().min(1).max(500)).max(10).default([]),
    /** After each answer, the app can suggest follow-up questions (one extra model call, charged as a chat message). */
    suggestFollowUps: z.boolean().default(false),
    tools: z.array(ToolRefSchema).max(50).default([]),
    /** Tried in order when the model fails before its first byte. */
    fallbackModels: z.array(ModelIdSchema).max(3).default([]),
    /** Messages kept verbatim; older ones are folded into a running summary. */
    memoryWindow: z.number().int().min(0).max(100).default(10),
    /** Agent apps: the most model steps (tool rounds) per answer. */
    maxSteps: z.number().int().min(1).max(25).default(5),
  })
  .strict()
  .superRefine((config, ctx) => {
    if (!config.upstream && !config.model) {
      ctx.addIssue({ code: 'custom', path: ['model'], message: 'is required unless the app runs on Dify (upstream)' });
    }
  })
  .openapi('AppConfig');
export type AppConfig = z.infer<typeof AppConfigSchema>;

export const AppSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    mode: AppModeSchema,
    version: z.number().int(),
    config: AppConfigSchema,
    firewallPolicy: z
      .record(z.string(), z.unknown())
      .nullable()
      .openapi({ description: "The app's own firewall policy; null: the organization's applies." }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('App');
export type AppBody = z.infer<typeof AppSchema>;

export const CreateAppBodySchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    description: z.string().max(2_000).default(''),
    mode: AppModeSchema,
    config: AppConfigSchema,
    firewallPolicy: z.record(z.string(), z.unknown()).nullable().optional(),
  })
  .strict()
  .openapi('CreateAppBody');
export type CreateAppBody = z.infer<typeof CreateAppBodySchema>;

export const UpdateAppBodySchema = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    description: z.string().max(2_000).optional(),
    config: AppConfigSchema.optional().openapi({ description: 'The whole new configuration; makes a new version.' }),
    firewallPolicy: z.record(z.string(), z.unknown()).nullable().optional(),
  })
  .strict()
  .openapi('UpdateAppBody');
export type UpdateAppBody = z.infer<typeof UpdateAppBodySchema>;

export const AppIdParamsSchema = z.object({ id: z.string().min(1).max(64) });
export const AppKeyParamsSchema = AppIdParamsSchema.extend({ keyId: z.string().min(1).max(64) });

export const AppListSchema = z.object({ data: z.array(AppSchema) }).openapi('AppList');

export const AppVersionSchema = z
  .object({
    version: z.number().int(),
    config: AppConfigSchema,
    createdBy: z.string().nullable(),
    createdAt: z.iso.datetime(),
  })
  .openapi('AppVersion');
export const AppVersionListSchema = z.object({ data: z.array(AppVersionSchema) }).openapi('AppVersionList');

export const CreateAppKeyBodySchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    expiresAt: z.iso
      .datetime({ offset: true })
      .refine((value) => new Date(value).getTime() > Date.now(), { message: 'must be in the future' })
      .optional(),
  })
  .strict()
  .openapi('CreateAppKeyBody');
