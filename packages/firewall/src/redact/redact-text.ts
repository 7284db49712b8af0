export interface Replacement {
  readonly start: number;
  readonly end: number;
  /** The new text, or a function giving it — called only for ranges that survive merging. */
  readonly text: string | (() => string);
}

/**
 * Replaces ranges of a text in one pass. Overlapping or touching-inside ranges are merged, and the merged range takes
 * the replacement of its longest member (a secret inside a URL inside a truncated tail: the tail wins).
 *
 * @example redactText({ text: 'mail a@b.example now', replacements: [{ start: 5, end: 16, text: '[EMAIL]' }] }) // 'mail [EMAIL] now'
 */
export function redactText({ text, replacements }: { text: string; replacements: readonly Replacement[] }): string {
  if (replacements.length === 0) return text;
  const sorted = [...replacements].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let cursor = 0;
  let i = 0;
  while (i < sorted.length) {
    const first = sorted[i];
    if (!first) break;
    let start = first.start;
    let end = first.end;
    let longest = first;
    i++;
    while (i < sorted.length && (sorted[i]?.start ?? Number.POSITIVE_INFINITY) < end) {
      const next = sorted[i];
      if (next) {
        if (next.end - next.start > longest.end - longest.start) longest = next;
        end = Math.max(end, next.end);
      }
      i++;
    }
    start = Math.max(start, cursor);
    out += text.slice(cursor, start) + (typeof longest.text === 'string' ? longest.text : longest.text());
    cursor = end;
  }
  return out + text.slice(cursor);
}
