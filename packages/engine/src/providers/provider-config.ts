import { z } from 'zod';

const HeadersSchema = z.record(z.string().min(1), z.string()).describe('Extra HTTP headers sent with every call');
const BaseUrlSchema = z
  .url({ protocol: /^https?$/ })
  .describe('API base URL (a proxy, a gateway, a self-hosted server)');
const ApiKeySchema = z.string().min(1);

/*
 * Cloud providers need an API key here: without one the AI SDK would fall back to reading the process environment
 * (OPENAI_API_KEY, …), and libraries take configuration, never the environment. Ollama and OpenAI-compatible
 * servers may run without authentication.
 */

/** OpenAI (api.openai.com or a compatible proxy via `baseURL`). */
export const OpenAiConfigSchema = z.strictObject({
  type: z.literal('openai'),
  apiKey: ApiKeySchema,
  baseURL: BaseUrlSchema.optional(),
  headers: HeadersSchema.optional(),
});

/** Anthropic's Messages API. */
export const AnthropicConfigSchema = z.strictObject({
  type: z.literal('anthropic'),
  apiKey: ApiKeySchema,
  baseURL: BaseUrlSchema.optional(),
  headers: HeadersSchema.optional(),
});

/** Azure OpenAI: model ids are deployment names; either `resourceName` or `baseURL` locates the resource. */
export const AzureConfigSchema = z
  .strictObject({
    type: z.literal('azure'),
    apiKey: ApiKeySchema,
    resourceName: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{1,62}$/i, { message: 'must be an Azure resource name (letters, digits, hyphens)' })
      .optional(),
    apiVersion: z.string().min(1).optional(),
    baseURL: BaseUrlSchema.optional(),
    headers: HeadersSchema.optional(),
  })
  .refine((config) => config.resourceName !== undefined || config.baseURL !== undefined, {
    message: 'Azure needs resourceName or baseURL',
    path: ['resourceName'],
  });

/** Google's Gemini API (Generative Language API). */
export const GoogleConfigSchema = z.strictObject({
  type: z.literal('google'),
  apiKey: ApiKeySchema,
  baseURL: BaseUrlSchema.optional(),
  headers: HeadersSchema.optional(),
});

/** Mistral's La Plateforme API. */
export const MistralConfigSchema = z.strictObject({
  type: z.literal('mistral'),
  apiKey: ApiKeySchema,
  baseURL: BaseUrlSchema.optional(),
  headers: HeadersSchema.optional(),
});

/** An Ollama server (default http://127.0.0.1:11434/api); `apiKey`, when set, is sent as a bearer token. */
export const OllamaConfigSchema = z.strictObject({
  type: z.literal('ollama'),
  apiKey: ApiKeySchema.optional(),
  baseURL: BaseUrlSchema.optional(),
  headers: HeadersSchema.optional(),
});

/** Any server speaking OpenAI's chat-completions protocol (vLLM, LM Studio, Together, Groq, …). */
export const OpenAiCompatibleConfigSchema = z.strictObject({
  type: z.literal('openai-compatible'),
  baseURL: BaseUrlSchema,
  apiKey: ApiKeySchema.optional(),
  headers: HeadersSchema.optional(),
  /** Shown in logs and as the AI SDK provider name. */
  name: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/i)
    .optional(),
});

/**
 * How to reach one model provider: the configuration an organization stores (with `apiKey` sealed at rest, see
 * `createSecretBox`). Discriminated on `type`.
 *
 * @example
 * const config = ProviderConfigSchema.parse({ type: 'openai', apiKey: 'sk-…' })
 */
export const ProviderConfigSchema = z.discriminatedUnion('type', [
  OpenAiConfigSchema,
  AnthropicConfigSchema,
  AzureConfigSchema,
  GoogleConfigSchema,
  MistralConfigSchema,
  OllamaConfigSchema,
  OpenAiCompatibleConfigSchema,
]);

/** A validated provider configuration. */
export type ProviderConfig = z.infer<typeof ProviderConfigSchema>;

/** The provider types the engine can talk to. */
export type ProviderType = ProviderConfig['type'];

/** The configuration of one provider type. */
export type ProviderConfigOf<T extends ProviderType> = Extract<ProviderConfig, { type: T }>;
