/**
 * A text derived from the original (normalized, folded, decoded) together with the way back: for each UTF-16 unit of
 * `text`, the original range it came from. `starts`/`ends` are null when the text is the original itself, which is
 * the common case for plain ASCII and costs no allocation.
 */
export interface MappedText {
  readonly text: string;
  readonly starts: Int32Array | null;
  readonly ends: Int32Array | null;
}

/** The original text as a view of itself. */
export function identityView(text: string): MappedText {
  return { text, starts: null, ends: null };
}

/**
 * The original range covered by `view.text.slice(start, end)`.
 *
 * @example toOriginalRange({ view: clean, start: 3, end: 9 }) // { start: 3, end: 11 } when two invisible chars sat inside
 */
export function toOriginalRange({ view, start, end }: { view: MappedText; start: number; end: number }): {
  start: number;
  end: number;
} {
  if (!view.starts || !view.ends) return { start, end };
  const last = view.text.length;
  if (last === 0) return { start: 0, end: 0 };
  const from = view.starts[Math.min(start, last - 1)] ?? 0;
  const to = end > start ? (view.ends[Math.min(end, last) - 1] ?? from) : from;
  return { start: from, end: to };
}

export interface MappedTextBuilder {
  /** Appends `chunk`; every unit of it maps to the original range [from, to). */
  push(chunk: string, from: number, to: number): void;
  /** Appends `view.text.slice(from, to)`, each unit keeping its own original range. */
  pushRange(view: MappedText, from: number, to: number): void;
  finish(): MappedText;
}

/** Builds a MappedText in one pass; `capacity` is a size hint. */
export function createMappedTextBuilder(capacity: number): MappedTextBuilder {
  let starts = new Int32Array(Math.max(16, capacity));
  let ends = new Int32Array(starts.length);
  const chunks: string[] = [];
  let length = 0;
  const reserve = (needed: number): void => {
    if (needed <= starts.length) return;
    const size = Math.max(needed, starts.length * 2);
    const grownStarts = new Int32Array(size);
    grownStarts.set(starts);
    starts = grownStarts;
    const grownEnds = new Int32Array(size);
    grownEnds.set(ends);
    ends = grownEnds;
  };
  return {
    push(chunk, from, to) {
      reserve(length + chunk.length);
      for (let i = 0; i < chunk.length; i++) {
        starts[length + i] = from;
        ends[length + i] = to;
      }
      length += chunk.length;
      chunks.push(chunk);
    },
    pushRange(view, from, to) {
      reserve(length + to - from);
      const viewStarts = view.starts;
      const viewEnds = view.ends;
      for (let j = from; j < to; j++, length++) {
        starts[length] = viewStarts ? (viewStarts[j] ?? 0) : j;
        ends[length] = viewEnds ? (viewEnds[j] ?? 0) : j + 1;
      }
      chunks.push(view.text.slice(from, to));
    },
    finish() {
      return { text: chunks.join(''), starts: starts.subarray(0, length), ends: ends.subarray(0, length) };
    },
  };
}

/** The original range of unit `index` of a view. */
export function originStart(view: MappedText, index: number): number {
  return view.starts ? (view.starts[index] ?? 0) : index;
}

export function originEnd(view: MappedText, index: number): number {
  return view.ends ? (view.ends[index] ?? 0) : index + 1;
}
