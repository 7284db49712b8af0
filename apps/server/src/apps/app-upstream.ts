import { AppError } from '@sigmacode/core';
import type { SecretBox } from '@sigmacode/engine';
import type { AppConfig } from './app-schemas.js';

function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', {
    message: `Invalid ${path}: ${message}`,
    details: { issues: [{ path, message }] },
  });
}

/**
 * The configuration as stored: a Dify upstream's `apiKey` is sealed into `sealedKey` (a new key replaces the stored
 * one; without one, the previous version's sealed key is kept), and a Dify app needs a base URL — its own or the
 * platform's DIFY_API_URL. Built-in apps pass unchanged.
 *
 * @example const stored = sealUpstream({ config: input.config, box, previous: current.config, defaultBaseUrl })
 */
export function sealUpstream({
  config,
  box,
  previous,
  defaultBaseUrl,
}: {
  config: AppConfig;
  box: SecretBox;
  previous?: AppConfig | undefined;
  defaultBaseUrl?: string | undefined;
}): AppConfig {
  if (!config.upstream) return config;
  const { apiKey, sealedKey: _fromClient, ...upstream } = config.upstream;
  const sealedKey = apiKey ? box.seal(apiKey) : previous?.upstream?.sealedKey;
  if (!sealedKey) throw invalid('config.upstream.apiKey', "is required: the Dify app's API key (app-…)");
  if (!upstream.baseUrl && !defaultBaseUrl) {
    throw invalid('config.upstream.baseUrl', 'is required: this platform has no default Dify (DIFY_API_URL)');
  }
  return { ...config, upstream: { ...upstream, sealedKey } };
}

/**
 * The configuration as the API shows it: never a Dify key, sealed or not.
 *
 * @example return { ...body, config: publicConfig(app.config) }
 */
export function publicConfig(config: AppConfig): AppConfig {
  if (!config.upstream) return config;
  const { apiKey: _key, sealedKey: _sealed, ...upstream } = config.upstream;
  return { ...config, upstream };
}
