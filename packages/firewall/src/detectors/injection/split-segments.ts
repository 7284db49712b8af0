/** A range `[start, end)` of the folded units (see fold-units.ts). */
export interface Segment {
  readonly start: number;
  readonly end: number;
}

/** Segments longer than this are cut at a sentence end (else a space) — an injected sentence stays its own unit. */
export const MAX_SEGMENT_LENGTH = 320;
const MIN_CUT = 80;
/** Beyond this many folded characters only the first HEAD and the last TAIL characters are featurized. */
export const MAX_FEATURIZED_CHARS = 96_000;
const HEAD = 64_000;

function isSentenceEnd(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return (code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3b) && text.charCodeAt(index + 1) === 0x20;
}

function pushLine(text: string, start: number, end: number, out: Segment[]): void {
  let from = start;
  while (from < end && text.charCodeAt(from) === 0x20) from++;
  let to = end;
  while (to > from && text.charCodeAt(to - 1) === 0x20) to--;
  while (to - from > MAX_SEGMENT_LENGTH) {
    const limit = from + MAX_SEGMENT_LENGTH;
    let cut = -1;
    for (let k = limit - 1; k >= from + MIN_CUT && cut < 0; k--) if (isSentenceEnd(text, k)) cut = k + 1;
    for (let k = limit - 1; k >= from + MIN_CUT && cut < 0; k--) if (text.charCodeAt(k) === 0x20) cut = k;
    if (cut < 0) cut = limit;
    out.push({ start: from, end: cut });
    from = cut;
    while (from < to && text.charCodeAt(from) === 0x20) from++;
  }
  if (to > from) out.push({ start: from, end: to });
}

/**
 * Splits folded text into segments: its lines (`breaks` are the unit indices of spaces that were line breaks), long
 * lines cut after a sentence. Texts longer than 96 K folded characters are featurized by their first 64 K and last
 * 32 K. Linear in the text length.
 *
 * @example splitSegments({ text: 'first line second line', breaks: [10] }) // [{ start: 0, end: 10 }, { start: 11, end: 22 }]
 */
export function splitSegments({ text, breaks }: { text: string; breaks: readonly number[] }): Segment[] {
  const segments: Segment[] = [];
  const scan = (from: number, to: number): void => {
    let lineStart = from;
    for (const at of breaks) {
      if (at < from || at >= to) continue;
      pushLine(text, lineStart, at, segments);
      lineStart = at + 1;
    }
    pushLine(text, lineStart, to, segments);
  };
  if (text.length <= MAX_FEATURIZED_CHARS) scan(0, text.length);
  else {
    scan(0, HEAD);
    scan(text.length - (MAX_FEATURIZED_CHARS - HEAD), text.length);
  }
  return segments;
}

/** A window: the segments `first..last` (inclusive). */
export interface Window {
  readonly first: number;
  readonly last: number;
}

/** Windows hold about this many characters; they overlap by half. */
export const WINDOW_LENGTH = 1536;

/**
 * Groups consecutive segments into windows of about WINDOW_LENGTH characters, each starting about half a window after
 * the previous one, so every segment is seen with some of its neighbours. A short text is one window.
 *
 * @example packWindows(segments) // [{ first: 0, last: 7 }, { first: 4, last: 11 }]
 */
export function packWindows(segments: readonly Segment[]): Window[] {
  const windows: Window[] = [];
  if (segments.length === 0) return windows;
  const lengthOf = (index: number): number => {
    const segment = segments[index];
    return segment ? segment.end - segment.start + 1 : 0;
  };
  let first = 0;
  while (first < segments.length) {
    let size = 0;
    let last = first;
    let next = -1;
    while (last < segments.length) {
      size += lengthOf(last);
      if (next < 0 && size >= WINDOW_LENGTH / 2 && last + 1 < segments.length) next = last + 1;
      if (size >= WINDOW_LENGTH || last + 1 >= segments.length) break;
      last++;
    }
    windows.push({ first, last });
    if (last + 1 >= segments.length) break;
    first = next > first ? next : last + 1;
  }
  return windows;
}
