import type { ModelMessage } from 'ai';

/** A chat message as OpenAI's wire carries plain text. */
export interface WireMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** The text of a message's content when it is only text; null when it has images, files, tool calls or results. */
function plainText(content: ModelMessage['content']): string | null {
  if (typeof content === 'string') return content;
  let text = '';
  for (const part of content) {
    if (part.type !== 'text') return null;
    text += part.text;
  }
  return text;
}

/**
 * A prompt as OpenAI chat-completions messages, when it is plain text (system, user and assistant turns of text):
 * the direct wire path takes only those. Null when any message needs the AI SDK (images, files, tool calls or
 * results), which then serves the call.
 *
 * @example toWireMessages({ system: 'Be brief.', messages: [{ role: 'user', content: 'Hi' }] })
 */
export function toWireMessages({
  system,
  messages,
}: {
  system?: string | undefined;
  messages: readonly ModelMessage[];
}): WireMessage[] | null {
  const wire: WireMessage[] = system ? [{ role: 'system', content: system }] : [];
  for (const message of messages) {
    if (message.role === 'tool') return null;
    const text = plainText(message.content);
    if (text === null) return null;
    wire.push({ role: message.role, content: text });
  }
  return wire;
}
