import type { UserContent } from 'ai';
import type { LoadedFile } from './file-store.js';

/** Characters of one text document given to the model; the rest is cut (and says so). */
const MAX_DOCUMENT_CHARS = 100_000;

/**
 * A user message with its attached files: the query, each image as an image part, and each text document's content
 * as a labelled text part (so the input firewall checks it like the rest of the message).
 *
 * @example const content = toUserContent({ query: 'What is on this picture?', files })
 */
export function toUserContent({ query, files }: { query: string; files: readonly LoadedFile[] }): UserContent {
  if (files.length === 0) return query;
  const parts: Exclude<UserContent, string> = [{ type: 'text', text: query }];
  for (const file of files) {
    if (file.kind === 'image') {
      parts.push({ type: 'image', image: file.content, mediaType: file.safeMimeType });
      continue;
    }
    const text = new TextDecoder().decode(file.content);
    const cut = text.length > MAX_DOCUMENT_CHARS;
    parts.push({
      type: 'text',
      text: `\n\n[Attached file: ${file.name}]\n${cut ? `${text.slice(0, MAX_DOCUMENT_CHARS)}\n[… cut at ${MAX_DOCUMENT_CHARS} characters]` : text}`,
    });
  }
  return parts;
}
