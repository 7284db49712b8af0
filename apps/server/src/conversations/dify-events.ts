import { type AppError, ERROR_CODES } from '@sigmacode/core';

/** Fields every chat event starts with (Dify's envelope). */
export interface ChatEnvelope {
  conversation_id: string;
  message_id: string;
  /** Unix seconds: when the message was created. */
  created_at: number;
}

/** Dify's `metadata.usage`: token counts, and prices (decimal strings) in platform tokens. */
export interface ChatUsage {
  prompt_tokens: number;
  prompt_unit_price: string;
  prompt_price_unit: string;
  prompt_price: string;
  completion_tokens: number;
  completion_unit_price: string;
  completion_price_unit: string;
  completion_price: string;
  total_tokens: number;
  total_price: string;
  currency: string;
  latency: number;
  time_to_first_token: number | null;
  time_to_generate: number | null;
}

/**
 * The usage block of `message_end` and blocking answers. Prices are what the call cost in platform tokens (the
 * currency `TOKEN`), not the provider's USD prices.
 *
 * @example toChatUsage({ promptTokens: 12, completionTokens: 3, charged: 1n, latencySeconds: 0.52 })
 */
export function toChatUsage({
  promptTokens,
  completionTokens,
  charged,
  latencySeconds,
  timeToFirstToken,
}: {
  promptTokens: number;
  completionTokens: number;
  charged: bigint;
  latencySeconds: number;
  timeToFirstToken?: number | null;
}): ChatUsage {
  return {
    prompt_tokens: promptTokens,
    prompt_unit_price: '0',
    prompt_price_unit: '0.001',
    prompt_price: '0',
    completion_tokens: completionTokens,
    completion_unit_price: '0',
    completion_price_unit: '0.001',
    completion_price: '0',
    total_tokens: promptTokens + completionTokens,
    total_price: charged.toString(),
    currency: 'TOKEN',
    latency: Math.round(latencySeconds * 1000) / 1000,
    time_to_first_token: timeToFirstToken ?? null,
    time_to_generate: null,
  };
}

/**
 * Dify's stream `error` event for an error after the stream began: the envelope plus `code`, `status`, `message`.
 *
 * @example toChatErrorEvent({ envelope, error: new AppError('CONTENT_BLOCKED') })
 */
export function toChatErrorEvent({ envelope, error }: { envelope: ChatEnvelope; error: AppError }) {
  const code = ERROR_CODES[error.code];
  return { event: 'error' as const, ...envelope, code: code.difyCode, status: code.status, message: error.message };
}
