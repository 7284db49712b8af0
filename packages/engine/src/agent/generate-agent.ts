import { generateText, type TextStreamPart, type ToolSet } from 'ai';
import { agentCallOptions } from './agent-call-options.js';
import type { RunAgentOptions } from './run-agent.js';

/**
 * The same run as `runAgent`, without streaming: the AI SDK's `generateText` (one response per model call), for
 * callers that answer in one piece. Streaming costs CPU on every chunk (parsing, validation, stream stages); an
 * answer nobody watches arrive need not pay it. The result comes back as the parts `runAgent`'s `fullStream` would
 * have ended with — the text as one delta, tool calls and results, and `finish` with the total usage — so callers
 * handle both the same way.
 *
 * @example for (const part of await generateAgent({ model, messages, maxSteps: 1 })) handle(part)
 */
export async function generateAgent(
  options: Omit<RunAgentOptions, 'onStepFinish' | 'onError'>,
): Promise<TextStreamPart<ToolSet>[]> {
  const result = await generateText(agentCallOptions(options));
  const parts: TextStreamPart<ToolSet>[] = [];
  for (const step of result.steps) {
    for (const content of step.content) {
      if (content.type === 'text' && content.text) parts.push({ type: 'text-delta', id: '0', text: content.text });
      else if (content.type === 'tool-call' || content.type === 'tool-result' || content.type === 'tool-error') {
        parts.push(content as TextStreamPart<ToolSet>);
      }
    }
  }
  parts.push({
    type: 'finish',
    finishReason: result.finishReason,
    rawFinishReason: result.rawFinishReason,
    totalUsage: result.totalUsage,
  });
  return parts;
}
