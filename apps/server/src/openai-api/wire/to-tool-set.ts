import { type JSONSchema7, jsonSchema, type ToolChoice, type ToolSet, tool } from 'ai';
import type { FunctionTool, OpenAiToolChoice } from './chat-completion-request-schema.js';

/** A function without `parameters` takes none; OpenAI reads it the same way. */
const NO_PARAMETERS: JSONSchema7 = { type: 'object', properties: {} };

/**
 * The request's function tools as AI SDK tools WITHOUT `execute`: the model's tool calls end the generation and
 * go back to the client, which runs them and sends the results in a later request (OpenAI's client-side tools).
 * Undefined when the request has no tools.
 *
 * @example
 * const tools = toToolSet(request.tools)
 * const result = streamText({ model, messages, tools }) // tool calls arrive as `tool-call` parts
 */
export function toToolSet(tools: FunctionTool[] | null | undefined): ToolSet | undefined {
  if (!tools || tools.length === 0) return undefined;
  const set: ToolSet = {};
  for (const { function: fn } of tools) {
    set[fn.name] = tool({
      ...(fn.description ? { description: fn.description } : {}),
      ...(typeof fn.strict === 'boolean' ? { strict: fn.strict } : {}),
      // The JSON schema is the client's, passed to the provider as given; zod checked it is an object.
      inputSchema: jsonSchema(fn.parameters ? (fn.parameters as JSONSchema7) : NO_PARAMETERS),
    });
  }
  return set;
}

/**
 * OpenAI's `tool_choice` in AI SDK terms (`{ type: 'function', function: { name } }` → `{ type: 'tool', toolName }`).
 *
 * @example
 * toToolChoice({ type: 'function', function: { name: 'get_weather' } }) // { type: 'tool', toolName: 'get_weather' }
 */
export function toToolChoice(choice: OpenAiToolChoice | null | undefined): ToolChoice<ToolSet> | undefined {
  if (!choice) return undefined;
  if (typeof choice === 'string') return choice;
  return { type: 'tool', toolName: choice.function.name };
}
