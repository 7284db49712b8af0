import type { PlaceholderRestorer } from './create-placeholder-restorer.js';

/** A range of the released text to replace; `text` may be computed lazily (a pseudonym is made only when used). */
export interface EmissionReplacement {
  readonly start: number;
  readonly end: number;
  readonly text: string | (() => string);
}

/**
 * The text that leaves the stream for one released piece: the replacements applied (overlapping ones merged, the
 * longest member's text winning — as redactText does for whole texts), the model's own text passed through the
 * placeholder restorer and the firewall's replacements passed as they are (so a new placeholder is never restored).
 *
 * @example buildEmission({ text: 'mail a@b.example', replacements: [{ start: 5, end: 16, text: '[EMAIL]' }], restorer })
 */
export function buildEmission({
  text,
  replacements,
  restorer,
}: {
  text: string;
  replacements: readonly EmissionReplacement[];
  restorer: PlaceholderRestorer;
}): string {
  if (replacements.length === 0) return restorer.raw(text);
  const sorted = [...replacements].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let cursor = 0;
  let i = 0;
  while (i < sorted.length) {
    const first = sorted[i];
    if (!first) break;
    let end = first.end;
    let longest = first;
    for (i++; i < sorted.length && (sorted[i]?.start ?? Number.POSITIVE_INFINITY) < end; i++) {
      const next = sorted[i];
      if (!next) continue;
      if (next.end - next.start > longest.end - longest.start) longest = next;
      end = Math.max(end, next.end);
    }
    const start = Math.max(first.start, cursor);
    if (start > cursor) out += restorer.raw(text.slice(cursor, start));
    out += restorer.literal(typeof longest.text === 'string' ? longest.text : longest.text());
    cursor = Math.max(cursor, end);
  }
  return out + (cursor < text.length ? restorer.raw(text.slice(cursor)) : '');
}
