/**
 * How the echo models count tokens: one token per started group of four characters (Unicode code points),
 * ceil(characters / 4) — close to what English text costs with real tokenizers, and exactly reproducible.
 *
 * @example
 * countEchoTokens('Echo: hi') // 2 (8 characters)
 */
export function countEchoTokens(text: string): number {
  return Math.ceil(codePoints(text).length / 4);
}

/**
 * The first `tokens` tokens' worth of text (4 characters each), never splitting a surrogate pair.
 *
 * @example
 * truncateToEchoTokens({ text: 'Echo: hello', tokens: 2 }) // 'Echo: he'
 */
export function truncateToEchoTokens({ text, tokens }: { text: string; tokens: number }): string {
  return codePoints(text)
    .slice(0, Math.max(0, tokens) * 4)
    .join('');
}

function codePoints(text: string): string[] {
  return Array.from(text);
}
