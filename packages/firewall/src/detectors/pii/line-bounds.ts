/**
 * Where the line around `at` starts, looking back at most `max` characters: the text's start or the position after a
 * line break, or `at - max` when the line starts further back. Searches stay bounded, so a long text on one line
 * costs linear time however often they are made.
 *
 * @example lineStartNear({ text: 'a\nbc', at: 3, max: 80 }) // 2
 */
export function lineStartNear({ text, at, max }: { text: string; at: number; max: number }): number {
  const limit = Math.max(0, at - max);
  for (let index = at - 1; index >= limit; index--) if (text.charCodeAt(index) === 10) return index + 1;
  return limit;
}

/**
 * Where the line around `at` ends (a line break or the text's end), looking ahead at most `max` characters, or
 * `at + max` when it ends further on.
 *
 * @example lineEndNear({ text: 'ab\nc', at: 0, max: 80 }) // 2
 */
export function lineEndNear({ text, at, max }: { text: string; at: number; max: number }): number {
  const limit = Math.min(text.length, at + max);
  for (let index = at; index < limit; index++) if (text.charCodeAt(index) === 10) return index;
  return limit;
}
