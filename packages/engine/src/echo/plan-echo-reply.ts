import type { LanguageModelV3CallOptions } from '../model-types.js';
import { countEchoTokens, truncateToEchoTokens } from './count-echo-tokens.js';
import { parseEchoDirectives } from './parse-echo-directives.js';
import { priorToolCallCount, toolResultText, trailingToolResults, userMessageText } from './prompt-text.js';

/** A tool call the echo model makes. `input` is JSON text, as the AI SDK expects from providers. */
export interface EchoToolCall {
  toolCallId: string;
  toolName: string;
  input: string;
}

/** What the echo model will answer to a prompt. */
export type EchoReply =
  | { kind: 'fail' }
  | { kind: 'text'; text: string; finishReason: 'stop' | 'length'; failAfterChunks?: number }
  | { kind: 'tool-calls'; calls: EchoToolCall[] };

/**
 * Decides the echo model's answer, deterministically, from the prompt:
 * - after tool results (the prompt ends with a tool message): `Tool <name> returned: <result>`, one line per result;
 * - `/fail` in the last user message: a failure before any output;
 * - `/tool <name> <json-args>` lines naming offered tools (and tool choice is not `none`): those tool calls;
 * - otherwise `Echo: <last user message>` (with `/fail-after <n>`: failing after n chunks).
 * Text longer than `maxOutputTokens` is cut to it (finish reason `length`).
 *
 * @example
 * planEchoReply({ prompt: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }] })
 * // { kind: 'text', text: 'Echo: hi', finishReason: 'stop' }
 */
export function planEchoReply(options: LanguageModelV3CallOptions): EchoReply {
  const { prompt } = options;
  const results = trailingToolResults(prompt);
  if (results) {
    const text = results.map((part) => `Tool ${part.toolName} returned: ${toolResultText(part.output)}`).join('\n');
    return limitText({ text, maxOutputTokens: options.maxOutputTokens });
  }

  const lastUser = prompt.findLast((message) => message.role === 'user');
  const userText = lastUser?.role === 'user' ? userMessageText(lastUser) : '';
  const directive = parseEchoDirectives(userText);
  const echo = `Echo: ${userText.length > 0 ? userText : '(empty message)'}`;

  switch (directive.kind) {
    case 'fail':
      return { kind: 'fail' };
    case 'fail-after':
      return {
        ...limitText({ text: echo, maxOutputTokens: options.maxOutputTokens }),
        failAfterChunks: directive.chunks,
      };
    case 'tools': {
      const offered = offeredToolNames(options);
      const usable = directive.calls.filter((call) => offered.has(call.toolName));
      if (usable.length === 0) {
        const names = directive.calls.map((call) => call.toolName).join(', ');
        return limitText({ text: `Echo: no such tool offered: ${names}`, maxOutputTokens: options.maxOutputTokens });
      }
      const first = priorToolCallCount(prompt);
      return {
        kind: 'tool-calls',
        calls: usable.map((call, index) => ({ toolCallId: `echo-call-${first + index + 1}`, ...call })),
      };
    }
    default:
      return limitText({ text: echo, maxOutputTokens: options.maxOutputTokens });
  }
}

function offeredToolNames(options: LanguageModelV3CallOptions): Set<string> {
  const choice = options.toolChoice;
  if (choice?.type === 'none') return new Set();
  const functions = (options.tools ?? []).filter((tool) => tool.type === 'function').map((tool) => tool.name);
  if (choice?.type === 'tool') return new Set(functions.filter((name) => name === choice.toolName));
  return new Set(functions);
}

function limitText({ text, maxOutputTokens }: { text: string; maxOutputTokens: number | undefined }): EchoReply & {
  kind: 'text';
} {
  if (maxOutputTokens === undefined || countEchoTokens(text) <= maxOutputTokens) {
    return { kind: 'text', text, finishReason: 'stop' };
  }
  return { kind: 'text', text: truncateToEchoTokens({ text, tokens: maxOutputTokens }), finishReason: 'length' };
}
