/**
 * Hashed text features for the injection classifier: word unigrams and bigrams, and character 3–5-grams (which make it
 * language-agnostic and robust to inflection and compounds: `anweisungen`, `systemanweisung`). Each feature is hashed
 * (FNV-1a, then a murmur3 finalizer) into one of 2^bits buckets; no vocabulary is stored. Digits count as `0`, so
 * numbers generalize. Occurrences are written to flat typed arrays per text; scoring sums the weights of the
 * occurrences per segment in one pass (term frequency, normalized by √occurrences), so nothing is allocated per
 * feature and windows are scored from the segment sums.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SEED_WORD = 0x9e3779b1;
const SEED_BIGRAM = 0x85ebca77;
const SEED_CHAR = 0xc2b2ae3d;
const SEED_MARKER = 0x27d4eb2f;
const CHAR_MIN = 3;
const CHAR_MAX = 5;
/** Words and character n-grams are each normalized by √(occurrences) and weighted √½. */
const GROUP_SCALE = Math.SQRT1_2;
/** Markers are not normalized: each counts this much whatever the text length. */
const MARKER_SCALE = 0.5;

function mix(hash: number, seed: number): number {
  let h = (hash ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function unitOf(code: number): number {
  return code >= 0x30 && code <= 0x39 ? 0x30 : code;
}

function isWordUnit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code >= 0xc0;
}

/** A growable list of bucket indices. */
export interface BucketList {
  data: Int32Array;
  length: number;
}

/** @example const list = createBucketList(1024); */
export function createBucketList(capacity: number): BucketList {
  return { data: new Int32Array(Math.max(16, capacity)), length: 0 };
}

/**
 * Makes room for `more` entries.
 *
 * @example reserve(list, 3 * segmentLength);
 */
export function reserve(list: BucketList, more: number): void {
  if (list.length + more <= list.data.length) return;
  const grown = new Int32Array(Math.max(list.data.length * 2, list.length + more));
  grown.set(list.data.subarray(0, list.length));
  list.data = grown;
}

/**
 * Appends the word and character features of `units[from, to)` (one segment, padded with a space each side).
 *
 * @example hashSegment({ units, from: 0, to: 16, mask: (1 << 18) - 1, words, chars });
 */
export function hashSegment({
  units,
  from,
  to,
  mask,
  words,
  chars,
}: {
  units: Uint16Array;
  from: number;
  to: number;
  mask: number;
  words: BucketList;
  chars: BucketList;
}): void {
  reserve(chars, 3 * (to - from + 2));
  reserve(words, 2 * (to - from));
  const charData = chars.data;
  let charCount = chars.length;
  // Character n-grams over the segment padded with a space on each side.
  const paddedEnd = to + 1;
  for (let i = from - 1; i + CHAR_MIN <= paddedEnd; i++) {
    let h = FNV_OFFSET;
    const last = i + CHAR_MAX < paddedEnd ? i + CHAR_MAX : paddedEnd;
    for (let j = i; j < last; j++) {
      const code = j < from || j >= to ? 0x20 : (units[j] ?? 0x20);
      h = Math.imul(h ^ (code >= 0x30 && code <= 0x39 ? 0x30 : code), FNV_PRIME);
      if (j - i >= CHAR_MIN - 1) charData[charCount++] = mix(h, SEED_CHAR) & mask;
    }
  }
  chars.length = charCount;
  const wordData = words.data;
  let wordCount = words.length;
  let previous = -1;
  let i = from;
  while (i < to) {
    if (!isWordUnit(units[i] ?? 0)) {
      i++;
      continue;
    }
    let h = FNV_OFFSET;
    while (i < to && isWordUnit(units[i] ?? 0)) {
      h = Math.imul(h ^ unitOf(units[i] ?? 0), FNV_PRIME);
      i++;
    }
    h >>>= 0;
    wordData[wordCount++] = mix(h, SEED_WORD) & mask;
    if (previous >= 0) wordData[wordCount++] = mix(Math.imul(previous, 31) ^ h, SEED_BIGRAM) & mask;
    previous = h;
  }
  words.length = wordCount;
}

/**
 * The bucket of a named marker feature (a phrase pattern that matched).
 *
 * @example markerBucket({ name: 'p:en-ignore-instructions', mask: (1 << 18) - 1 })
 */
export function markerBucket({ name, mask }: { name: string; mask: number }): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), FNV_PRIME);
  return mix(h >>> 0, SEED_MARKER) & mask;
}

/** Occurrences of one text: flat lists per group, and where each segment's occurrences start in them. */
export interface HashedText {
  readonly bits: number;
  readonly words: BucketList;
  readonly chars: BucketList;
  readonly markers: BucketList;
  /** `starts[k]` = [words, chars, markers] offset of segment k; one more entry closes the last segment. */
  readonly wordStarts: Int32Array;
  readonly charStarts: Int32Array;
  readonly markerStarts: Int32Array;
}

/** A sparse vector: parallel arrays of bucket indices and values. */
export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float32Array;
}

let counts = new Uint16Array(0);
let touched = new Int32Array(1024);
/** Weights as shipped (int16, scaled later) or as trained (float). */
export type WeightArray = Int16Array | Float32Array;
/** Results of the last accumulate() call (module-level, so the hot loop allocates nothing). */
let dotFirst = 0;
let dotSecond = 0;

/**
 * Counts `list[from, to)` into the shared scratch (training only; segments are at most a few thousand occurrences, so
 * 16 bits suffice); returns how many distinct buckets are now in `touched`.
 */
function countDistinct(list: BucketList, from: number, to: number, bits: number): number {
  if (counts.length !== 2 ** bits) counts = new Uint16Array(2 ** bits);
  if (touched.length < to - from) touched = new Int32Array((to - from) * 2);
  const data = list.data;
  let distinct = 0;
  for (let k = from; k < to; k++) {
    const bucket = data[k] ?? 0;
    const seen = counts[bucket] ?? 0;
    if (seen === 0) touched[distinct++] = bucket;
    counts[bucket] = seen + 1;
  }
  return distinct;
}

/**
 * Σ weight over the occurrences `list[from, to)` for one or two weight vectors (a feature occurring c times counts c
 * times), left in dotFirst/dotSecond; returns the number of occurrences. No scratch, one pass: the weights are the
 * only memory touched at random.
 */
function accumulate(
  list: BucketList,
  from: number,
  to: number,
  first: WeightArray,
  second: WeightArray | undefined,
): number {
  const data = list.data;
  let a = 0;
  let b = 0;
  if (second) {
    for (let k = from; k < to; k++) {
      const bucket = data[k] ?? 0;
      a += first[bucket] ?? 0;
      b += second[bucket] ?? 0;
    }
  } else for (let k = from; k < to; k++) a += first[data[k] ?? 0] ?? 0;
  dotFirst = a;
  dotSecond = b;
  return to - from;
}

/**
 * Per-segment partial sums, from which any window's logit follows in O(segments). A window's vector holds the count of
 * each feature (term frequency), words and characters each divided by √(number of occurrences) — the L2 norm the
 * vector would have if no feature repeated — and markers as they are. Sums over segments are exact, so a window
 * costs no second pass over its text.
 */
export interface SegmentSums {
  /** Per model, per segment: Σ weight over the occurrences of words, of characters, of markers (unscaled). */
  readonly words: Float64Array[];
  readonly chars: Float64Array[];
  readonly markers: Float64Array[];
  /** Per segment: the number of word and of character occurrences. */
  readonly wordNorms: Float64Array;
  readonly charNorms: Float64Array;
}

function store(target: readonly Float64Array[], index: number): void {
  const forFirst = target[0];
  if (forFirst) forFirst[index] = dotFirst;
  const forSecond = target[1];
  if (forSecond) forSecond[index] = dotSecond;
}

/**
 * Computes the per-segment sums of a hashed text for the given weight vectors (one pass over the occurrences).
 *
 * @example const sums = sumSegments({ hashed, weights: [model.window.weights, model.segment.weights] });
 */
export function sumSegments({ hashed, weights }: { hashed: HashedText; weights: readonly WeightArray[] }): SegmentSums {
  const segments = hashed.wordStarts.length - 1;
  const make = (): Float64Array[] => weights.map(() => new Float64Array(segments));
  const sums: SegmentSums = {
    words: make(),
    chars: make(),
    markers: make(),
    wordNorms: new Float64Array(segments),
    charNorms: new Float64Array(segments),
  };
  const first = weights[0] ?? new Float32Array(0);
  const second = weights[1];
  for (let index = 0; index < segments; index++) {
    sums.wordNorms[index] = accumulate(
      hashed.words,
      hashed.wordStarts[index] ?? 0,
      hashed.wordStarts[index + 1] ?? 0,
      first,
      second,
    );
    store(sums.words, index);
    sums.charNorms[index] = accumulate(
      hashed.chars,
      hashed.charStarts[index] ?? 0,
      hashed.charStarts[index + 1] ?? 0,
      first,
      second,
    );
    store(sums.chars, index);
    accumulate(hashed.markers, hashed.markerStarts[index] ?? 0, hashed.markerStarts[index + 1] ?? 0, first, second);
    store(sums.markers, index);
  }
  return sums;
}

/**
 * The logit of model `model` (index into the weights given to sumSegments) over segments `first..last`.
 *
 * @example windowLogit({ sums, model: 0, first: 0, last: 3, bias: -1.2 })
 */
export function windowLogit({
  sums,
  model,
  first,
  last,
  bias,
  scale = 1,
}: {
  sums: SegmentSums;
  model: number;
  first: number;
  last: number;
  bias: number;
  /** What one unit of the weights is worth (int16 weights are stored scaled). */
  scale?: number;
}): number {
  const words = sums.words[model];
  const chars = sums.chars[model];
  const markers = sums.markers[model];
  if (!words || !chars || !markers) return bias;
  let wordDot = 0;
  let charDot = 0;
  let markerDot = 0;
  let wordNorm = 0;
  let charNorm = 0;
  for (let index = first; index <= last; index++) {
    wordDot += words[index] ?? 0;
    charDot += chars[index] ?? 0;
    markerDot += markers[index] ?? 0;
    wordNorm += sums.wordNorms[index] ?? 0;
    charNorm += sums.charNorms[index] ?? 0;
  }
  return (
    bias +
    scale *
      ((wordNorm > 0 ? (GROUP_SCALE * wordDot) / Math.sqrt(wordNorm) : 0) +
        (charNorm > 0 ? (GROUP_SCALE * charDot) / Math.sqrt(charNorm) : 0) +
        MARKER_SCALE * markerDot)
  );
}

/**
 * The same features as windowLogit, as an explicit sparse vector (for training): dot(vector, weights) + bias equals
 * windowLogit up to float rounding. Values are counts per segment; an index may repeat (a feature in two segments).
 *
 * @example const vector = rangeVector({ hashed, first: 0, last: 3 });
 */
export function rangeVector({
  hashed,
  first,
  last,
}: {
  hashed: HashedText;
  first: number;
  last: number;
}): SparseVector {
  const indices: number[] = [];
  const values: number[] = [];
  const groups = [
    { list: hashed.words, starts: hashed.wordStarts, scale: GROUP_SCALE, normalize: true },
    { list: hashed.chars, starts: hashed.charStarts, scale: GROUP_SCALE, normalize: true },
    { list: hashed.markers, starts: hashed.markerStarts, scale: MARKER_SCALE, normalize: false },
  ];
  for (const { list, starts, scale, normalize } of groups) {
    const begin = values.length;
    let norm = 0;
    for (let index = first; index <= last; index++) {
      const distinct = countDistinct(list, starts[index] ?? 0, starts[index + 1] ?? 0, hashed.bits);
      for (let k = 0; k < distinct; k++) {
        const bucket = touched[k] ?? 0;
        const value = counts[bucket] ?? 1;
        counts[bucket] = 0;
        indices.push(bucket);
        values.push(value);
        norm += value;
      }
    }
    const factor = normalize ? (norm > 0 ? scale / Math.sqrt(norm) : 0) : scale;
    for (let k = begin; k < values.length; k++) values[k] = (values[k] ?? 0) * factor;
  }
  return { indices: Int32Array.from(indices), values: Float32Array.from(values) };
}

/**
 * The dot product of a sparse vector with dense weights.
 *
 * @example dot(vector, model.weights) + model.bias
 */
export function dot(vector: SparseVector, weights: Float32Array): number {
  let sum = 0;
  const { indices, values } = vector;
  for (let k = 0; k < indices.length; k++) sum += (weights[indices[k] ?? 0] ?? 0) * (values[k] ?? 0);
  return sum;
}
