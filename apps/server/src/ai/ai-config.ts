import type { ProviderConfig, ProviderType } from '@sigmacode/engine';
import type { Env } from '../config/env.js';

/** The AI part of the configuration: platform providers, limits, timeouts and where the firewall runs. */
export interface AiConfig {
  /** Providers configured for every organization through the environment, by type. */
  providers: Partial<Record<ProviderType, ProviderConfig>>;
  /** An upstream call that sends nothing for this long (before or between chunks) is aborted. */
  upstreamTimeoutMs: number;
  rateLimits: {
    /** Per API key, or per user of the console. */
    requestsPerMinute: number;
    /** Per organization, all keys and users together. */
    organizationRequestsPerMinute: number;
    /** Model tokens (prompt + completion) per organization and minute. */
    tokensPerMinute: number;
  };
  /** Private or loopback hosts HTTP MCP servers may use (MCP_ALLOW_HOSTS). */
  mcpAllowHosts?: string[];
  /** The platform's default Dify Service API base URL (DIFY_API_URL); its host is trusted. */
  difyApiUrl?: string;
  /** Private or loopback hosts Dify-backed apps may name (DIFY_ALLOW_HOSTS). */
  difyAllowHosts?: string[];
  /** The standalone SigmaGuard service; unset: the firewall runs in process. */
  firewallUrl?: string;
  firewallApiKey?: string;
}

/** Defaults for tests and embedding: no platform providers (the echo model needs none). */
export const DEFAULT_AI_CONFIG: AiConfig = {
  providers: {},
  upstreamTimeoutMs: 120_000,
  rateLimits: { requestsPerMinute: 600, organizationRequestsPerMinute: 6_000, tokensPerMinute: 2_000_000 },
};

/**
 * The AI configuration from the environment. A provider is configured when its key (or, for Ollama and
 * OpenAI-compatible servers, its base URL) is set.
 *
 * @example aiOf(loadEnv(process.env)).providers.openai // { type: 'openai', apiKey: 'sk-…' }
 */
export function aiOf(env: Env): AiConfig {
  const providers: AiConfig['providers'] = {};
  if (env.OPENAI_API_KEY) {
    providers.openai = {
      type: 'openai',
      apiKey: env.OPENAI_API_KEY,
      ...(env.OPENAI_BASE_URL ? { baseURL: env.OPENAI_BASE_URL } : {}),
    };
  }
  if (env.ANTHROPIC_API_KEY) providers.anthropic = { type: 'anthropic', apiKey: env.ANTHROPIC_API_KEY };
  if (env.GOOGLE_GENERATIVE_AI_API_KEY) providers.google = { type: 'google', apiKey: env.GOOGLE_GENERATIVE_AI_API_KEY };
  if (env.MISTRAL_API_KEY) providers.mistral = { type: 'mistral', apiKey: env.MISTRAL_API_KEY };
  if (env.AZURE_OPENAI_API_KEY) {
    providers.azure = {
      type: 'azure',
      apiKey: env.AZURE_OPENAI_API_KEY,
      ...(env.AZURE_OPENAI_RESOURCE_NAME ? { resourceName: env.AZURE_OPENAI_RESOURCE_NAME } : {}),
      ...(env.AZURE_OPENAI_BASE_URL ? { baseURL: env.AZURE_OPENAI_BASE_URL } : {}),
      ...(env.AZURE_OPENAI_API_VERSION ? { apiVersion: env.AZURE_OPENAI_API_VERSION } : {}),
    };
  }
  if (env.OLLAMA_BASE_URL) providers.ollama = { type: 'ollama', baseURL: env.OLLAMA_BASE_URL };
  if (env.OPENAI_COMPATIBLE_BASE_URL) {
    providers['openai-compatible'] = {
      type: 'openai-compatible',
      baseURL: env.OPENAI_COMPATIBLE_BASE_URL,
      ...(env.OPENAI_COMPATIBLE_API_KEY ? { apiKey: env.OPENAI_COMPATIBLE_API_KEY } : {}),
    };
  }
  return {
    providers,
    upstreamTimeoutMs: env.UPSTREAM_TIMEOUT_MS,
    rateLimits: {
      requestsPerMinute: env.RATE_LIMIT_REQUESTS_PER_MINUTE,
      organizationRequestsPerMinute: env.RATE_LIMIT_ORG_REQUESTS_PER_MINUTE,
      tokensPerMinute: env.RATE_LIMIT_TOKENS_PER_MINUTE,
    },
    ...(env.MCP_ALLOW_HOSTS ? { mcpAllowHosts: env.MCP_ALLOW_HOSTS } : {}),
    ...(env.DIFY_API_URL ? { difyApiUrl: env.DIFY_API_URL } : {}),
    ...(env.DIFY_ALLOW_HOSTS ? { difyAllowHosts: env.DIFY_ALLOW_HOSTS } : {}),
    ...(env.FIREWALL_URL ? { firewallUrl: env.FIREWALL_URL } : {}),
    ...(env.FIREWALL_API_KEY ? { firewallApiKey: env.FIREWALL_API_KEY } : {}),
  };
}
