import type { LanguageModelV3Message } from '../model-types.js';

type ToolResultPart = Extract<
  Extract<LanguageModelV3Message, { role: 'tool' }>['content'][number],
  { type: 'tool-result' }
>;

/**
 * The text of a user message: its text parts, one per line (files are not read).
 *
 * @example
 * userMessageText({ role: 'user', content: [{ type: 'text', text: 'hi' }] }) // 'hi'
 */
export function userMessageText(message: Extract<LanguageModelV3Message, { role: 'user' }>): string {
  return message.content
    .filter((part) => part.type === 'text')
    .map((part) => part.text)
    .join('\n');
}

/**
 * A tool result as text, the way the echo model quotes it.
 *
 * @example
 * toolResultText({ type: 'json', value: { a: 1 } }) // '{"a":1}'
 */
export function toolResultText(output: ToolResultPart['output']): string {
  switch (output.type) {
    case 'text':
    case 'error-text':
      return output.type === 'text' ? output.value : `error: ${output.value}`;
    case 'json':
      return JSON.stringify(output.value);
    case 'error-json':
      return `error: ${JSON.stringify(output.value)}`;
    case 'execution-denied':
      return `denied${output.reason ? `: ${output.reason}` : ''}`;
    case 'content':
      return output.value.map((part) => (part.type === 'text' ? part.text : `[${part.type}]`)).join('\n');
    default:
      return JSON.stringify(output);
  }
}

/**
 * Every character of the prompt that the echo model counts as input: all text, tool inputs and tool results.
 *
 * @example
 * countEchoTokens(promptText(options.prompt))
 */
export function promptText(prompt: LanguageModelV3Message[]): string {
  const pieces: string[] = [];
  for (const message of prompt) {
    if (message.role === 'system') {
      pieces.push(message.content);
      continue;
    }
    for (const part of message.content) {
      if (part.type === 'text' || part.type === 'reasoning') pieces.push(part.text);
      else if (part.type === 'tool-call') pieces.push(part.toolName, JSON.stringify(part.input ?? null));
      else if (part.type === 'tool-result') pieces.push(part.toolName, toolResultText(part.output));
    }
  }
  return pieces.join('');
}

/**
 * The tool results of the prompt's last message, when that message is a tool message.
 *
 * @example
 * const results = trailingToolResults(options.prompt) // undefined after a user message
 */
export function trailingToolResults(prompt: LanguageModelV3Message[]): ToolResultPart[] | undefined {
  const last = prompt.at(-1);
  if (last?.role !== 'tool') return undefined;
  return last.content.filter((part): part is ToolResultPart => part.type === 'tool-result');
}

/**
 * How many tool calls the assistant made earlier in the conversation (for unique, deterministic call ids).
 *
 * @example
 * const nextId = `echo-call-${priorToolCallCount(options.prompt) + 1}`
 */
export function priorToolCallCount(prompt: LanguageModelV3Message[]): number {
  let count = 0;
  for (const message of prompt) {
    if (message.role === 'assistant') count += message.content.filter((part) => part.type === 'tool-call').length;
  }
  return count;
}
