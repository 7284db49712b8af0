import { AppError } from '@sigmacode/core';
import { type StopCondition, stepCountIs, type ToolSet } from 'ai';
import type { RunAgentOptions } from './run-agent.js';
import { wrapTools } from './wrap-tools.js';

/** The most steps (model calls) one run may take. */
export const MAX_AGENT_STEPS = 50;

/**
 * The AI SDK call options of an agent run, shared by `runAgent` (streamText) and `generateAgent` (generateText):
 * the step limit (and a stop when the tool-result hook throws), the tools wrapped by `onToolResult`, and the
 * sampling settings. VALIDATION_FAILED for a step limit outside 1..MAX_AGENT_STEPS.
 *
 * @example streamText({ ...agentCallOptions(options), onStepFinish })
 */
export function agentCallOptions({
  model,
  system,
  messages,
  tools = {},
  maxSteps,
  maxOutputTokens,
  settings = {},
  toolChoice,
  allowSystemInMessages = false,
  abortSignal,
  onToolResult,
}: Omit<RunAgentOptions, 'onStepFinish' | 'onError'>) {
  if (!Number.isInteger(maxSteps) || maxSteps < 1 || maxSteps > MAX_AGENT_STEPS) {
    throw new AppError('VALIDATION_FAILED', {
      message: `maxSteps must be an integer from 1 to ${MAX_AGENT_STEPS}.`,
      details: { maxSteps },
    });
  }
  let stopped = false;
  const stopWhen: StopCondition<ToolSet>[] = [stepCountIs(maxSteps), () => stopped];
  return {
    model,
    system,
    messages,
    tools: onToolResult
      ? wrapTools({
          tools,
          onToolResult,
          onStop: () => {
            stopped = true;
          },
        })
      : tools,
    stopWhen,
    maxOutputTokens,
    ...settings,
    ...(toolChoice ? { toolChoice } : {}),
    ...(allowSystemInMessages ? { allowSystemInMessages } : {}),
    abortSignal,
  };
}
