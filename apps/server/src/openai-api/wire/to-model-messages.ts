import { AppError } from '@sigmacode/core';
import type {
  AssistantModelMessage,
  ImagePart,
  ModelMessage,
  TextPart,
  ToolCallPart,
  ToolModelMessage,
  ToolResultPart,
} from 'ai';
import type { ChatCompletionRequest } from './chat-completion-request-schema.js';
import type { ChatMessage, UserContentPart } from './chat-message-schemas.js';

/** The AI SDK prompt for a chat completion request: the leading instructions and the conversation. */
export interface ModelPrompt {
  /** The leading system and developer messages, joined by a blank line; undefined when there are none. */
  system: string | undefined;
  messages: ModelMessage[];
}

type AssistantMessage = Extract<ChatMessage, { role: 'assistant' }>;
type ToolMessage = Extract<ChatMessage, { role: 'tool' }>;

/**
 * Maps OpenAI chat messages to AI SDK v6 `ModelMessage`s. Leading system/developer messages become `system`;
 * later ones stay in place as system messages. Assistant `tool_calls` become tool-call parts, and each tool
 * message becomes a tool-result part named after the assistant tool call it answers (consecutive tool messages
 * form one tool message, as providers expect all results of one turn together). A later system message is the
 * client's own instruction, so pass `allowSystemInMessages: true` (the AI SDK otherwise warns about it).
 *
 * @example
 * const { system, messages } = toModelMessages(request)
 * streamText({ model, system, messages, allowSystemInMessages: true, tools: toToolSet(request.tools) })
 */
export function toModelMessages(request: Pick<ChatCompletionRequest, 'messages'>): ModelPrompt {
  const instructions: string[] = [];
  const messages: ModelMessage[] = [];
  const toolNames = new Map<string, string>();
  let leading = true;

  request.messages.forEach((message, index) => {
    if (message.role === 'system' || message.role === 'developer') {
      const text = joinText(message.content);
      if (leading) instructions.push(text);
      else messages.push({ role: 'system', content: text });
      return;
    }
    leading = false;
    switch (message.role) {
      case 'user':
        messages.push({
          role: 'user',
          content: typeof message.content === 'string' ? message.content : message.content.map(toUserPart),
        });
        return;
      case 'assistant':
        for (const call of message.tool_calls ?? []) toolNames.set(call.id, call.function.name);
        messages.push(toAssistantMessage(message));
        return;
      case 'tool': {
        const part = toToolResultPart({ message, index, toolNames });
        const previous = messages.at(-1);
        if (previous?.role === 'tool') previous.content.push(part);
        else messages.push({ role: 'tool', content: [part] } satisfies ToolModelMessage);
        return;
      }
    }
  });

  return { system: instructions.length > 0 ? instructions.join('\n\n') : undefined, messages };
}

function joinText(content: string | Array<{ text: string }>): string {
  return typeof content === 'string' ? content : content.map((part) => part.text).join('');
}

function toUserPart(part: UserContentPart): TextPart | ImagePart {
  if (part.type === 'text') return { type: 'text', text: part.text };
  const { url, detail } = part.image_url;
  const image: ImagePart = url.startsWith('data:') ? fromDataUrl(url) : { type: 'image', image: new URL(url) };
  // OpenAI-style providers read the detail hint from here; others ignore it.
  return detail ? { ...image, providerOptions: { openai: { imageDetail: detail } } } : image;
}

/** `data:image/png;base64,AAAA` → the base64 payload and its media type (the schema admits only this form). */
function fromDataUrl(url: string): ImagePart {
  const comma = url.indexOf(',');
  const mediaType = url.slice('data:'.length, url.indexOf(';'));
  return { type: 'image', image: url.slice(comma + 1), mediaType };
}

function toAssistantMessage(message: AssistantMessage): AssistantModelMessage {
  const parts: Array<TextPart | ToolCallPart> = [];
  const text =
    typeof message.content === 'string'
      ? message.content
      : (message.content ?? []).map((part) => (part.type === 'text' ? part.text : part.refusal)).join('');
  if (text) parts.push({ type: 'text', text });
  for (const call of message.tool_calls ?? []) {
    parts.push({
      type: 'tool-call',
      toolCallId: call.id,
      toolName: call.function.name,
      input: parseArguments(call.function.arguments),
    });
  }
  return { role: 'assistant', content: parts };
}

/** Arguments are a JSON string on the wire; a model may have produced invalid JSON, which is kept as the text. */
function parseArguments(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function toToolResultPart({
  message,
  index,
  toolNames,
}: {
  message: ToolMessage;
  index: number;
  toolNames: Map<string, string>;
}): ToolResultPart {
  const toolName = toolNames.get(message.tool_call_id);
  if (toolName === undefined) {
    // The request schema refuses this already; kept for callers that build requests themselves.
    const path = `messages.${index}.tool_call_id`;
    const text = `No earlier assistant tool call has the id "${message.tool_call_id}"`;
    throw new AppError('VALIDATION_FAILED', {
      message: `Invalid ${path}: ${text}`,
      details: { issues: [{ path, message: text }] },
    });
  }
  return {
    type: 'tool-result',
    toolCallId: message.tool_call_id,
    toolName,
    output: { type: 'text', value: joinText(message.content) },
  };
}
