import { AppError } from '@sigmacode/core';
import { type ProviderConfig, ProviderConfigSchema } from './provider-config.js';
import { isProviderType, PROVIDER_TYPES } from './registry.js';

/**
 * Validates a stored or submitted provider configuration. An unknown `type` is NOT_FOUND; anything else invalid is
 * VALIDATION_FAILED with `details.issues` (paths and messages only — never the values, which may be keys).
 *
 * @example
 * const config = parseProviderConfig(JSON.parse(row.config))
 */
export function parseProviderConfig(input: unknown): ProviderConfig {
  const type = typeof input === 'object' && input !== null ? (input as { type?: unknown }).type : undefined;
  if (!isProviderType(type)) {
    throw new AppError('NOT_FOUND', {
      message: `Unknown provider type. Known types: ${PROVIDER_TYPES.join(', ')}.`,
      details: { type: typeof type === 'string' ? type.slice(0, 64) : null },
    });
  }
  const parsed = ProviderConfigSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', {
      message: `Invalid ${type} provider configuration.`,
      details: {
        issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      },
    });
  }
  return parsed.data;
}
