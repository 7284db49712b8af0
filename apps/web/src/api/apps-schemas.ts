import { z } from 'zod';

// Response shapes of the app routes (checked against /api/openapi.json). The config is loose: fields the dashboard
// does not edit (upstream, memoryWindow, …) are sent back exactly as the server gave them.

export const APP_MODES = ['chat', 'completion', 'agent-chat', 'workflow'] as const;
export type AppMode = (typeof APP_MODES)[number];
/** The modes an agent can be created with here; workflows arrive with their editor. */
export const AGENT_MODES = ['chat', 'agent-chat', 'completion'] as const satisfies readonly AppMode[];

export const AppParametersSchema = z.looseObject({
  temperature: z.number().optional(),
  topP: z.number().optional(),
  maxTokens: z.number().int().optional(),
  presencePenalty: z.number().optional(),
  frequencyPenalty: z.number().optional(),
  stop: z.array(z.string()).optional(),
});
export type AppParameters = z.infer<typeof AppParametersSchema>;

export const AppConfigSchema = z.looseObject({
  model: z.string().optional(),
  upstream: z.looseObject({ kind: z.string(), baseUrl: z.string().nullable().optional() }).nullable().optional(),
  systemPrompt: z.string(),
  parameters: AppParametersSchema,
  openingStatement: z.string(),
  suggestedQuestions: z.array(z.string()),
  suggestFollowUps: z.boolean().optional(),
  tools: z.array(z.string()),
  fallbackModels: z.array(z.string()),
  memoryWindow: z.number().int().optional(),
  maxSteps: z.number().int().optional(),
});
export type AppConfig = z.infer<typeof AppConfigSchema>;

export const AppSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  mode: z.enum(APP_MODES),
  version: z.number().int(),
  config: AppConfigSchema,
  firewallPolicy: z.record(z.string(), z.unknown()).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type App = z.infer<typeof AppSchema>;
export const AppListSchema = z.object({ data: z.array(AppSchema) });

export const AppVersionSchema = z.object({
  version: z.number().int(),
  config: AppConfigSchema,
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type AppVersion = z.infer<typeof AppVersionSchema>;
export const AppVersionListSchema = z.object({ data: z.array(AppVersionSchema) });

/** A Dify app as an app's backend; the key is write-only (sealed by the server, never returned). */
export interface DifyUpstreamInput {
  kind: 'dify';
  /** The Dify Service API base URL; null uses the platform's Dify. */
  baseUrl: string | null;
  apiKey: string;
}

/** What the create form sends: a model for the built-in engine, or a Dify app; the server fills in the defaults. */
export interface CreateAppInput {
  name: string;
  description: string;
  mode: AppMode;
  config: { model: string } | { upstream: DifyUpstreamInput };
}

/** What an update sends: the whole new config makes a new version. */
export interface UpdateAppInput {
  name?: string;
  description?: string;
  config?: AppConfig;
}
