/** Model token counts of a Dify answer. */
export interface DifyUsage {
  promptTokens: number;
  completionTokens: number;
}

const count = (value: unknown): number => Number(value ?? 0) || 0;

/**
 * The token counts a Dify answer reports: `metadata.usage` of a chat or completion answer and of `message_end`, or
 * `data.total_tokens` of a workflow run (counted as completion tokens: Dify does not split them). Null when it
 * reports none.
 *
 * @example readDifyUsage({ event: 'message_end', metadata: { usage: { prompt_tokens: 12, completion_tokens: 30 } } })
 */
export function readDifyUsage(answer: Record<string, unknown>): DifyUsage | null {
  const usage = (answer.metadata as { usage?: Record<string, unknown> } | undefined)?.usage;
  if (usage) return { promptTokens: count(usage.prompt_tokens), completionTokens: count(usage.completion_tokens) };
  const total = (answer.data as { total_tokens?: unknown } | undefined)?.total_tokens;
  return total === undefined ? null : { promptTokens: 0, completionTokens: count(total) };
}
