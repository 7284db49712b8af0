/** One content block of an MCP tool result, as far as the engine reads it. */
type McpContent =
  | { type: 'text'; text: string }
  | { type: 'image' | 'audio'; mimeType: string }
  | { type: 'resource'; resource: { uri: string; text?: string } }
  | { type: 'resource_link'; uri: string; name?: string }
  | { type: string };

/**
 * An MCP tool result as text for the model: text blocks as they are, one per line; images, audio and resources as
 * short placeholders (or a resource's text); structured content as JSON when there is no text.
 *
 * @example
 * mcpResultToText({ content: [{ type: 'text', text: '42' }] }) // '42'
 */
export function mcpResultToText(result: {
  content?: unknown;
  structuredContent?: unknown;
  toolResult?: unknown;
}): string {
  if (!Array.isArray(result.content)) return JSON.stringify(result.toolResult ?? result.structuredContent ?? null);
  const blocks = (result.content as McpContent[]).map((block) => {
    if (block.type === 'text' && 'text' in block) return block.text;
    if ((block.type === 'image' || block.type === 'audio') && 'mimeType' in block)
      return `[${block.type}: ${block.mimeType}]`;
    if (block.type === 'resource' && 'resource' in block)
      return block.resource.text ?? `[resource: ${block.resource.uri}]`;
    if (block.type === 'resource_link' && 'uri' in block) return `[link: ${block.uri}]`;
    return `[${block.type}]`;
  });
  if (blocks.length === 0 && result.structuredContent !== undefined) return JSON.stringify(result.structuredContent);
  return blocks.join('\n');
}
