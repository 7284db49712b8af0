/** A scored dev row: the classifier's window and segment logits and the truth. */
export interface ScoredRow {
  readonly window: number;
  readonly segment: number;
  readonly attack: boolean;
}

/**
 * The lowest threshold on one score that keeps the false-positive rate at or below `maxFpr`: the benign scores sorted
 * descending, the threshold just above the (⌊maxFpr·n⌋+1)-th highest.
 *
 * @example thresholdForFpr({ benign: [0.1, 2, -1], maxFpr: 0 }) // just above 2
 */
export function thresholdForFpr({ benign, maxFpr }: { benign: readonly number[]; maxFpr: number }): number {
  const sorted = benign.filter((value) => Number.isFinite(value)).sort((a, b) => b - a);
  const allowed = Math.floor(maxFpr * benign.length);
  const edge = sorted[allowed];
  return edge === undefined ? Number.NEGATIVE_INFINITY : edge + 1e-6;
}

/**
 * Thresholds for the input direction (window score alone) and the context direction (window OR segment score), each
 * the one with the highest recall among those whose false-positive rate on `rows` is at most `maxFpr`. For context,
 * every split of the allowed false positives between the two scores is tried.
 *
 * @example chooseThresholds({ input, context, maxFpr: 0.02 }) // { input: 1.3, context: 2.1, segment: 3.4 }
 */
export function chooseThresholds({
  input,
  context,
  maxFpr,
}: {
  input: readonly ScoredRow[];
  context: readonly ScoredRow[];
  maxFpr: number;
}): { input: number; context: number; segment: number } {
  const inputThreshold = thresholdForFpr({
    benign: input.filter((row) => !row.attack).map((row) => row.window),
    maxFpr,
  });
  const benign = context.filter((row) => !row.attack);
  const attacks = context.filter((row) => row.attack);
  const allowed = Math.floor(maxFpr * benign.length);
  const windowSorted = benign.map((row) => row.window).sort((a, b) => b - a);
  const segmentSorted = benign.map((row) => row.segment).sort((a, b) => b - a);
  const candidatesOf = (sorted: number[]): number[] => {
    const list = [Number.POSITIVE_INFINITY];
    for (let k = 0; k <= allowed * 3 + 2 && k < sorted.length; k++) list.push((sorted[k] ?? 0) + 1e-6);
    list.push(Number.NEGATIVE_INFINITY);
    return list;
  };
  let best = { context: Number.POSITIVE_INFINITY, segment: Number.POSITIVE_INFINITY, recall: -1 };
  for (const tWindow of candidatesOf(windowSorted)) {
    for (const tSegment of candidatesOf(segmentSorted)) {
      let falsePositives = 0;
      for (const row of benign) if (row.window >= tWindow || row.segment >= tSegment) falsePositives++;
      if (falsePositives > allowed) continue;
      let hits = 0;
      for (const row of attacks) if (row.window >= tWindow || row.segment >= tSegment) hits++;
      const recall = hits / Math.max(attacks.length, 1);
      if (recall > best.recall) best = { context: tWindow, segment: tSegment, recall };
    }
  }
  const finite = (value: number): number => (Number.isFinite(value) ? value : value > 0 ? 1e3 : -1e3);
  return { input: finite(inputThreshold), context: finite(best.context), segment: finite(best.segment) };
}
