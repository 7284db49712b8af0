import { AppError, isAppError } from '@sigmacode/core';
import type { ToolExecutionOptions, ToolSet } from 'ai';

/** A tool call that finished — with an output, or with an error — before the model sees it. */
export interface ToolResultEvent {
  toolName: string;
  toolCallId: string;
  input: unknown;
  /** The tool's output as it returned it; for a failed call, the error it threw. */
  output: unknown;
  /**
   * What the model would read, for the firewall to inspect as `context`: the output itself when it is a string,
   * else its JSON; for a failed call, the error message (tool servers write those too).
   */
  text: string;
  /** True when the tool threw: the model then reads `text` as a tool error. */
  isError: boolean;
}

/**
 * Sees every tool result (and tool error) before the model does. Return a string to replace what the model reads
 * (a redacted text), nothing to keep it, or throw to stop the run: the call becomes a `tool-error` part carrying the
 * thrown error, and the model is not called again.
 */
export type OnToolResult = (event: ToolResultEvent) => PromiseLike<string | undefined> | string | undefined;

type Execute = (
  input: unknown,
  options: ToolExecutionOptions,
) => AsyncIterable<unknown> | PromiseLike<unknown> | unknown;

/**
 * The tools with `onToolResult` around each `execute`. `onStop` hears the first error the hook throws.
 *
 * @example
 * const tools = wrapTools({ tools, onToolResult: inspect, onStop: (error) => { stopped = error } })
 */
export function wrapTools({
  tools,
  onToolResult,
  onStop,
}: {
  tools: ToolSet;
  onToolResult: OnToolResult;
  onStop: (error: unknown) => void;
}): ToolSet {
  const wrapped: ToolSet = {};
  for (const [toolName, definition] of Object.entries(tools)) {
    const execute = definition.execute as Execute | undefined;
    if (!execute) {
      wrapped[toolName] = definition;
      continue;
    }
    const inspect = async (event: Omit<ToolResultEvent, 'toolName'>): Promise<string | undefined> => {
      try {
        return (await onToolResult({ toolName, ...event })) ?? undefined;
      } catch (error) {
        onStop(error);
        throw error;
      }
    };
    wrapped[toolName] = {
      ...definition,
      execute: async (input: unknown, options: ToolExecutionOptions) => {
        const base = { toolCallId: options.toolCallId, input };
        let output: unknown;
        try {
          output = await finalOutput(execute(input, options));
        } catch (error) {
          const text = error instanceof Error ? error.message : String(error);
          const replacement = await inspect({ ...base, output: error, text, isError: true });
          if (typeof replacement !== 'string') throw error;
          throw new AppError(isAppError(error) ? error.code : 'UPSTREAM_FAILED', { message: replacement });
        }
        const replacement = await inspect({ ...base, output, text: toText(output), isError: false });
        return typeof replacement === 'string' ? replacement : output;
      },
    } as ToolSet[string];
  }
  return wrapped;
}

/** A streaming tool (an async iterable of preliminary outputs) is reduced to its last output. */
async function finalOutput(value: unknown): Promise<unknown> {
  const resolved = await value;
  if (typeof resolved === 'object' && resolved !== null && Symbol.asyncIterator in resolved) {
    let last: unknown;
    for await (const item of resolved as AsyncIterable<unknown>) last = item;
    return last;
  }
  return resolved;
}

function toText(output: unknown): string {
  if (typeof output === 'string') return output;
  return JSON.stringify(output) ?? '';
}
