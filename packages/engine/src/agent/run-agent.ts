import {
  type LanguageModel,
  type ModelMessage,
  type StreamTextOnErrorCallback,
  type StreamTextOnStepFinishCallback,
  streamText,
  type ToolChoice,
  type ToolSet,
} from 'ai';
import { agentCallOptions } from './agent-call-options.js';
import type { OnToolResult } from './wrap-tools.js';

/** Sampling settings passed to the model as they are (the AI SDK's names). */
export interface SamplingSettings {
  temperature?: number;
  topP?: number;
  stopSequences?: string[];
  seed?: number;
  presencePenalty?: number;
  frequencyPenalty?: number;
}

/** What `runAgent` takes. */
export interface RunAgentOptions {
  model: LanguageModel;
  system?: string;
  messages: ModelMessage[];
  tools?: ToolSet;
  /** Model calls at most (1 = no tool loop), 1 to MAX_AGENT_STEPS. */
  maxSteps: number;
  maxOutputTokens?: number;
  /** Sampling settings passed to the model as they are. */
  settings?: SamplingSettings;
  toolChoice?: ToolChoice<ToolSet>;
  /** Allow system messages after the first (an OpenAI client's own instructions). */
  allowSystemInMessages?: boolean;
  /** The client's signal: aborting it stops the model and any running tool. */
  abortSignal?: AbortSignal;
  /** Sees each tool result before the model: replace it (return a string) or stop the run (throw). */
  onToolResult?: OnToolResult;
  onStepFinish?: StreamTextOnStepFinishCallback<ToolSet>;
  /** Errors also arrive as `error` parts of `fullStream`; by default they are not logged a second time. */
  onError?: StreamTextOnErrorCallback;
}

/** The AI SDK stream result of a run: `fullStream`, `textStream`, `text`, `usage`, `totalUsage`, `steps`, … */
export type AgentRun = ReturnType<typeof streamText<ToolSet>>;

/**
 * Runs an agent: the model, and its tool calls in a loop of at most `maxSteps` model calls, on the AI SDK's
 * `streamText`. Returns the stream result as it is, so the server can translate `fullStream` into OpenAI or Dify
 * server-sent events and read `totalUsage` for billing. Tool results pass `onToolResult` first — where the server
 * runs the firewall on them as `context` and records the call.
 *
 * @example
 * const run = runAgent({ model, messages, tools, maxSteps: 5, abortSignal, onToolResult: inspectToolResult })
 * for await (const part of run.fullStream) send(part)
 */
export function runAgent({ onStepFinish, onError = () => {}, ...options }: RunAgentOptions): AgentRun {
  return streamText({ ...agentCallOptions(options), onStepFinish, onError });
}
