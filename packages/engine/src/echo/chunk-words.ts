/**
 * Splits text into chunks of `wordsPerChunk` words, keeping every character (the chunks join back to the text).
 *
 * @example
 * chunkWords({ text: 'Echo: one two three', wordsPerChunk: 2 }) // ['Echo: one ', 'two three']
 */
export function chunkWords({ text, wordsPerChunk }: { text: string; wordsPerChunk: number }): string[] {
  const leading = /^\s*/.exec(text)?.[0] ?? '';
  const words = text.slice(leading.length).match(/\S+\s*/g) ?? [];
  if (words.length === 0) return text.length > 0 ? [text] : [];
  words[0] = leading + words[0];
  const size = Math.max(1, Math.floor(wordsPerChunk));
  const chunks: string[] = [];
  for (let start = 0; start < words.length; start += size) chunks.push(words.slice(start, start + size).join(''));
  return chunks;
}
