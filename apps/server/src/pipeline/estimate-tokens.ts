import type { ModelMessage } from 'ai';

/**
 * A cheap upper-leaning estimate of the model tokens of a prompt (about 4 characters per token, plus a few per
 * message), for holds and token rate limits before the model reports real usage.
 *
 * @example estimatePromptTokens({ system: 'Be brief.', messages }) // 42
 */
export function estimatePromptTokens({
  system,
  messages,
}: {
  system?: string | undefined;
  messages: readonly ModelMessage[];
}): number {
  let characters = system?.length ?? 0;
  for (const message of messages) {
    characters += 16;
    if (typeof message.content === 'string') characters += message.content.length;
    else for (const part of message.content) characters += JSON.stringify(part).length;
  }
  return Math.ceil(characters / 4);
}
