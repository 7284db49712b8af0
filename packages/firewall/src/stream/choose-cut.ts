/**
 * Whether a UTF-16 unit separates tokens: ASCII whitespace and controls, and Unicode spaces (not zero-width ones, which
 * hide inside values rather than separate them).
 *
 * @example isSeparator(' '.charCodeAt(0)) // true; isSeparator(0x200b) // false
 */
export function isSeparator(code: number): boolean {
  return (
    code <= 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/**
 * The largest token start at or before `limit`: 0, or a position right after a separator. Text is only ever cut at
 * such a position, so a word, number, key or URL that is still growing stays in one piece.
 *
 * @example tokenStartAtOrBefore('ab cd', 4) // 3
 */
export function tokenStartAtOrBefore(text: string, limit: number): number {
  for (let i = Math.min(limit, text.length); i > 0; i--) {
    if (isSeparator(text.charCodeAt(i - 1))) return i;
  }
  return 0;
}

/** A finding's range in the coordinates of the pending text (may start before 0: it began in emitted text). */
export interface PendingRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Where to cut the pending (not yet released) text: everything before the cut is final and leaves now, the rest is
 * held. The cut keeps at least `holdBack` characters (so an e-mail, IBAN or key still arriving is caught whole), lies
 * at a token start, and never inside a finding — a finding across it moves it back to before the finding's token.
 * Only when nothing could be released and more than `maxHold` characters wait is the text cut by force at the
 * hold-back (before a finding if one allows it), bounding memory.
 *
 * @example chooseCut({ pending, ranges: [{ start: 300, end: 340 }], holdBack: 256, maxHold: 8192 })
 */
export function chooseCut({
  pending,
  ranges,
  holdBack,
  maxHold,
}: {
  pending: string;
  ranges: readonly PendingRange[];
  holdBack: number;
  maxHold: number;
}): number {
  const target = pending.length - holdBack;
  if (target <= 0) return 0;
  const cut = beforeCrossings({ pending, ranges, cut: tokenStartAtOrBefore(pending, target), aligned: true });
  if (cut > 0 || pending.length <= maxHold) return cut;
  // One unbroken token (or finding) longer than maxHold: cut it, before a finding if one allows it.
  return beforeCrossings({ pending, ranges, cut: target, aligned: false }) || target;
}

/** Moves a cut back until no range crosses it — to the token start before the range, or to the range itself. */
function beforeCrossings({
  pending,
  ranges,
  cut,
  aligned,
}: {
  pending: string;
  ranges: readonly PendingRange[];
  cut: number;
  aligned: boolean;
}): number {
  let current = cut;
  for (let moved = true; moved && current > 0; ) {
    moved = false;
    for (const range of ranges) {
      if (range.start < current && current < range.end) {
        current = aligned ? tokenStartAtOrBefore(pending, range.start) : Math.max(0, range.start);
        moved = true;
      }
    }
  }
  return current;
}
