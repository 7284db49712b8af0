import type { CallSettings, JSONSchema7 } from 'ai';
import type { ChatCompletionRequest } from './chat-completion-request-schema.js';

/** The sampling settings of a request that the AI SDK understands. */
export type WireCallSettings = Pick<
  CallSettings,
  'maxOutputTokens' | 'temperature' | 'topP' | 'stopSequences' | 'seed' | 'presencePenalty' | 'frequencyPenalty'
>;

/**
 * The request's sampling settings for `streamText`/`generateText`; absent or null fields are left out so the
 * provider's defaults apply. `max_completion_tokens` wins over the older `max_tokens`.
 *
 * @example
 * streamText({ model, messages, ...toCallSettings(request) })
 */
export function toCallSettings(request: ChatCompletionRequest): WireCallSettings {
  const settings: WireCallSettings = {};
  const maxOutputTokens = request.max_completion_tokens ?? request.max_tokens;
  if (maxOutputTokens != null) settings.maxOutputTokens = maxOutputTokens;
  if (request.temperature != null) settings.temperature = request.temperature;
  if (request.top_p != null) settings.topP = request.top_p;
  if (request.stop != null) settings.stopSequences = typeof request.stop === 'string' ? [request.stop] : request.stop;
  if (request.seed != null) settings.seed = request.seed;
  if (request.presence_penalty != null) settings.presencePenalty = request.presence_penalty;
  if (request.frequency_penalty != null) settings.frequencyPenalty = request.frequency_penalty;
  return settings;
}

/** What the client asked the output to look like, in the AI SDK's language-model terms. */
export type ResponseFormatHint =
  | { type: 'text' }
  | { type: 'json'; schema?: JSONSchema7; name?: string; description?: string };

/**
 * `response_format` as a hint for the backend (`json_object` → JSON without a schema, `json_schema` → JSON with
 * that schema). It is not enforced here: the backend passes it to providers that support structured output.
 *
 * @example
 * toResponseFormatHint({ ...request, response_format: { type: 'json_object' } }) // { type: 'json' }
 */
export function toResponseFormatHint(
  request: Pick<ChatCompletionRequest, 'response_format'>,
): ResponseFormatHint | undefined {
  const format = request.response_format;
  if (!format) return undefined;
  if (format.type === 'text') return { type: 'text' };
  if (format.type === 'json_object') return { type: 'json' };
  const { name, description, schema } = format.json_schema;
  return {
    type: 'json',
    name,
    ...(description ? { description } : {}),
    ...(schema ? { schema: schema as JSONSchema7 } : {}),
  };
}
