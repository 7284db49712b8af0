/** A finding's place in the text: `[start, end)` in UTF-16 units, as the firewall reports it. */
export interface Span {
  start?: number | undefined;
  end?: number | undefined;
}

/** A stretch of the text and the indexes of the findings that cover it (empty: plain text). */
export interface HighlightSegment {
  text: string;
  start: number;
  end: number;
  findings: number[];
}

/**
 * Cuts a text into consecutive segments at every finding boundary, so overlapping findings (an injection covering a
 * sentence that contains an e-mail address) each stay visible. Findings without a position, or with one outside the
 * text, are left out; the segments always join back into the whole text.
 *
 * @example
 * highlightFindings({ text: 'mail a@b.co now', findings: [{ start: 5, end: 11 }] })
 * // [{ text: 'mail ', findings: [] }, { text: 'a@b.co', findings: [0] }, { text: ' now', findings: [] }] (with offsets)
 */
export function highlightFindings({ text, findings }: { text: string; findings: readonly Span[] }): HighlightSegment[] {
  const spans: { index: number; start: number; end: number }[] = [];
  findings.forEach((finding, index) => {
    if (finding.start === undefined || finding.end === undefined) return;
    const start = Math.max(0, Math.min(finding.start, text.length));
    const end = Math.max(0, Math.min(finding.end, text.length));
    if (end > start) spans.push({ index, start, end });
  });

  const cuts = new Set<number>([0, text.length]);
  for (const span of spans) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);

  const segments: HighlightSegment[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const covering = spans.filter((span) => span.start <= start && span.end >= end).map((span) => span.index);
    const previous = segments.at(-1);
    // Neighbours covered by the same findings are one segment (fewer marks for screen readers to announce).
    if (previous && sameMembers(previous.findings, covering)) {
      previous.text += text.slice(start, end);
      previous.end = end;
    } else {
      segments.push({ text: text.slice(start, end), start, end, findings: covering });
    }
  }
  return segments;
}

function sameMembers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
