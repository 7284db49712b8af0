/** The event that ends an OpenAI stream. */
export const SSE_DONE = 'data: [DONE]\n\n';

/**
 * One server-sent event carrying `value` as JSON, the way OpenAI frames its streams (a `data:` line only).
 *
 * @example
 * formatSse({ id: 'chatcmpl-1', object: 'chat.completion.chunk', ... }) // 'data: {"id":"chatcmpl-1",...}\n\n'
 */
export function formatSse(value: unknown): string {
  return `data: ${JSON.stringify(value)}\n\n`;
}
