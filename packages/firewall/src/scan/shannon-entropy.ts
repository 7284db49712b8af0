/**
 * Shannon entropy in bits per character: how unpredictable a string's characters are. Random keys score high
 * (a 32-char base62 key ≈ 4.5–5), words and placeholders low (`password` ≈ 2.75, `xxxxxxxx` = 0).
 *
 * @example shannonEntropy('aaaa') // 0
 */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}
