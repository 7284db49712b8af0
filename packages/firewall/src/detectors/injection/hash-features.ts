/**
 * Hashed text features for the injection classifier: word unigrams and bigrams, and character 3–5-grams (which make it
 * language-agnostic and robust to inflection and compounds: `anweisungen`, `systemanweisung`). Each feature is hashed
 * (FNV-1a, then a murmur3 finalizer) into one of 2^bits buckets; no vocabulary is stored. Digits count as `0`, so
 * numbers generalize. The input is the folded view (lowercase, no diacritics, homoglyphs/leetspeak/spacing undone).
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SEED_WORD = 0x9e3779b1;
const SEED_BIGRAM = 0x85ebca77;
const SEED_CHAR = 0xc2b2ae3d;
const CHAR_MIN = 3;
const CHAR_MAX = 5;

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

/**
 * Counts of hashed features, collected into a dense scratch array with the list of buckets touched, so adding is one
 * array write and reading out costs only what was touched. Two groups (words, characters) are kept apart so each can
 * be normalized on its own.
 */
export interface FeatureCounts {
  /** Bucket indices of word features, one entry per occurrence. */
  readonly words: number[];
  /** Bucket indices of character n-gram features, one entry per occurrence. */
  readonly chars: number[];
}

/**
 * Adds the features of `text.slice(from, to)` to `out` (occurrences, not yet counted).
 *
 * @example const out = { words: [], chars: [] }; addFeatures({ text: 'ignore all rules', from: 0, to: 16, bits: 18, out });
 */
export function addFeatures({
  text,
  from,
  to,
  bits,
  out,
}: {
  text: string;
  from: number;
  to: number;
  bits: number;
  out: FeatureCounts;
}): void {
  const mask = (1 << bits) - 1;
  // Character n-grams over the segment padded with one space on each side.
  const units: number[] = [0x20];
  for (let i = from; i < to; i++) units.push(unitOf(text.charCodeAt(i)));
  units.push(0x20);
  for (let i = 0; i + CHAR_MIN <= units.length; i++) {
    let h = FNV_OFFSET;
    const last = Math.min(units.length, i + CHAR_MAX);
    for (let j = i; j < last; j++) {
      h = Math.imul(h ^ (units[j] ?? 0), FNV_PRIME);
      if (j - i + 1 >= CHAR_MIN) out.chars.push(mix(h, SEED_CHAR) & mask);
    }
  }
  // Words and bigrams.
  let previous = -1;
  let i = from;
  while (i < to) {
    if (!isWordUnit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let h = FNV_OFFSET;
    while (i < to && isWordUnit(text.charCodeAt(i))) {
      h = Math.imul(h ^ unitOf(text.charCodeAt(i)), FNV_PRIME);
      i++;
    }
    h >>>= 0;
    out.words.push(mix(h, SEED_WORD) & mask);
    if (previous >= 0) out.words.push(mix(Math.imul(previous, 31) ^ h, SEED_BIGRAM) & mask);
    previous = h;
  }
}

/**
 * Adds a named marker feature (e.g. a heuristic that matched) to the word group.
 *
 * @example addMarker({ name: 'h:ignore-instructions', bits: 18, out });
 */
export function addMarker({ name, bits, out }: { name: string; bits: number; out: FeatureCounts }): void {
  let h = FNV_OFFSET;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), FNV_PRIME);
  out.words.push(mix(h >>> 0, SEED_WORD) & ((1 << bits) - 1));
}

/** A sparse vector: parallel arrays of bucket indices and values (an index may repeat; values then add up). */
export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float32Array;
}

/** Scratch space for turning occurrence lists into weighted vectors; reuse one per model size. */
export interface VectorScratch {
  readonly counts: Float32Array;
}

/**
 * @example const scratch = createScratch(18);
 */
export function createScratch(bits: number): VectorScratch {
  return { counts: new Float32Array(1 << bits) };
}

function weighGroup(
  occurrences: readonly number[],
  scratch: VectorScratch,
  indices: number[],
  values: number[],
  scale: number,
): void {
  const counts = scratch.counts;
  const start = indices.length;
  for (const index of occurrences) {
    if (counts[index] === 0) indices.push(index);
    counts[index] = (counts[index] ?? 0) + 1;
  }
  let norm = 0;
  for (let k = start; k < indices.length; k++) {
    const index = indices[k] ?? 0;
    const value = 1 + Math.log(counts[index] ?? 1);
    counts[index] = 0;
    values.push(value);
    norm += value * value;
  }
  const factor = norm > 0 ? scale / Math.sqrt(norm) : 0;
  for (let k = start; k < values.length; k++) values[k] = (values[k] ?? 0) * factor;
}

/**
 * Turns feature occurrences into a vector: sublinear term frequency (1 + ln count), each group L2-normalized and
 * weighted √½, so the whole vector has norm 1 whatever the text length.
 *
 * @example const vector = toVector({ counts: out, scratch });
 */
export function toVector({ counts, scratch }: { counts: FeatureCounts; scratch: VectorScratch }): SparseVector {
  const indices: number[] = [];
  const values: number[] = [];
  const half = Math.SQRT1_2;
  weighGroup(counts.words, scratch, indices, values, half);
  weighGroup(counts.chars, scratch, indices, values, half);
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
