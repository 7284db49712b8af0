import { AppError } from '@sigmacode/core';
import { z } from 'zod';

/**
 * A provider's own model id: `gpt-4o-mini`, an Azure deployment name, `llama3.1:8b`, `ft:gpt-4o-mini:org::abc`,
 * `meta-llama/Llama-3.1-8B-Instruct`. Providers accept ids the engine has never heard of (fine-tunes, deployments,
 * local models), so only the shape is checked here; the catalog knows prices and capabilities.
 */
export const ProviderModelIdSchema = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9][\w.:@/+-]*$/, { message: 'must be a model id (letters, digits and . _ : @ / + -)' });

/**
 * Returns the model id or throws VALIDATION_FAILED.
 *
 * @example
 * const modelId = assertProviderModelId(body.model)
 */
export function assertProviderModelId(value: unknown): string {
  const parsed = ProviderModelIdSchema.safeParse(value);
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', {
      message: `Invalid model id: ${parsed.error.issues[0]?.message ?? 'not a string'}.`,
      details: { modelId: typeof value === 'string' ? value.slice(0, 200) : null },
    });
  }
  return parsed.data;
}
