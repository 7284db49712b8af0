import { firstNameKindOfFolded } from './first-names.js';
import { lineEndNear, lineStartNear } from './line-bounds.js';
import type { NamePiece } from './name-pieces.js';
import { type TaggedToken, winkTagger } from './wink-tagger.js';

// Context tagged around a candidate: enough for wink's tagger to see the words next to it.
const WINDOW_BEFORE = 24;
const WINDOW_AFTER = 20;
// Candidates close together share a window up to this length; windows are tagged in batches up to MAX_BATCH.
const MAX_WINDOW = 1024;
const MAX_BATCH = 8192;

/**
 * Confirms one-word candidates (proper nouns in English text that are no English words, with no other evidence) with
 * wink's part-of-speech tags on a small window around each; the windows of a text are tagged in one pass. A candidate
 * is a name when wink tags it a proper noun next to a verb ("Vesna is", "said Kasimir", "Yılmaz just has"). Proper
 * nouns without a verb next to them are names only when listed with names ("Mbeki, Dubois and Yılmaz").
 *
 * @example confirmNamesWithTagger({ text: 'Why is Vesna so quiet?', candidates: [piece], names: [] }) // [piece]
 */
export function confirmNamesWithTagger({
  text,
  candidates,
  names,
}: {
  text: string;
  candidates: readonly NamePiece[];
  names: readonly NamePiece[];
}): NamePiece[] {
  const groups: WindowGroup[] = [];
  for (let index = 0; index < candidates.length; index += groups.at(-1)?.candidates.length ?? 1)
    groups.push(windowGroup(text, candidates, index));
  const tagged = tagInBatches(groups.map((group) => text.slice(group.start, group.end)));
  const confirmed: NamePiece[] = [];
  const listed: NamePiece[] = [];
  for (const [index, group] of groups.entries()) {
    for (const piece of group.candidates) {
      const verdict = judgeByTags({ piece, tags: tagged[index] ?? [], offset: group.start });
      if (verdict === 'name') confirmed.push(piece);
      else if (verdict === 'listed') listed.push(piece);
    }
  }
  return [...confirmed, ...listedWithNames({ text, listed, names: [...confirmed, ...names] })];
}

const LIST_GAP = /^(?:,[ \t]*|[ \t]+(?:and|or|und|oder|&)[ \t]+|,[ \t]*(?:and|und)[ \t]+)$/u;

/** Tags windows in batches of at most 8 KB: one pass per batch, and no pass over a huge joined text. */
function tagInBatches(windows: readonly string[]): TaggedToken[][] {
  const tagged: TaggedToken[][] = [];
  let batch: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (batch.length > 0) tagged.push(...winkTagger().tagEach(batch));
    batch = [];
    size = 0;
  };
  for (const window of windows) {
    if (size + window.length > MAX_BATCH) flush();
    batch.push(window);
    size += window.length + 2;
  }
  flush();
  return tagged;
}

interface WindowGroup {
  readonly candidates: NamePiece[];
  readonly start: number;
  readonly end: number;
}

/** The candidates from `index` on whose windows overlap, and the one window around them (never past a line). */
function windowGroup(text: string, candidates: readonly NamePiece[], index: number): WindowGroup {
  const first = candidates[index] as NamePiece;
  const group = [first];
  let end = lineEndOf(text, first.end);
  const limit = first.start + MAX_WINDOW;
  for (
    let next = candidates[index + 1];
    next && next.start < end && next.end < limit;
    next = candidates[index + group.length]
  ) {
    group.push(next);
    end = lineEndOf(text, next.end);
  }
  return { candidates: group, start: lineStartNear({ text, at: first.start, max: WINDOW_BEFORE }), end };
}

function lineEndOf(text: string, from: number): number {
  return lineEndNear({ text, at: from, max: WINDOW_AFTER });
}

function judgeByTags({
  piece,
  tags,
  offset,
}: {
  piece: NamePiece;
  tags: readonly TaggedToken[];
  offset: number;
}): 'name' | 'listed' | 'not' {
  const name = piece.tokens.find((token) => token.shape === 'cap');
  const self = tagAt(tags, (name?.start ?? -1) - offset);
  if (name === undefined || tags[self]?.pos !== 'PROPN') return 'not';
  const first = tagAt(tags, piece.start - offset); // before a particle ("de Jong")
  const isVerb = (tag: TaggedToken | undefined): boolean => tag?.pos === 'VERB' || tag?.pos === 'AUX';
  const next = tags[self + 1];
  const verbBefore = isVerb(first > 0 ? tags[first - 1] : undefined);
  if (verbBefore || isVerb(next) || (next?.pos === 'ADV' && isVerb(tags[self + 2]))) return 'name';
  return firstNameKindOfFolded(name.folded) === undefined ? 'listed' : 'not';
}

/** The index of the tag starting at `start` (tags are in text order), or -1. */
function tagAt(tags: readonly TaggedToken[], start: number): number {
  let low = 0;
  let high = tags.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = tags[middle]?.start ?? 0;
    if (at === start) return middle;
    if (at < start) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * Pieces joined by commas, "and", "&" or "und" to a name, directly or through other such pieces — and lists of three
 * or more such pieces on their own ("Castellanos, Mbeki and Yılmaz"). Linear: pieces are walked in text order.
 */
function listedWithNames({
  text,
  listed,
  names,
}: {
  text: string;
  listed: readonly NamePiece[];
  names: readonly NamePiece[];
}): NamePiece[] {
  const isName = new Set(names);
  const pieces = [...listed, ...names].sort((a, b) => a.start - b.start);
  const found: NamePiece[] = [];
  let list: NamePiece[] = [];
  const close = (): void => {
    const unknown = list.filter((piece) => !isName.has(piece));
    if (list.length >= 3 || unknown.length < list.length) found.push(...unknown);
    list = [];
  };
  for (const piece of pieces) {
    const previous = list.at(-1);
    if (previous && !(piece.start - previous.end <= 8 && LIST_GAP.test(text.slice(previous.end, piece.start)))) close();
    list.push(piece);
  }
  close();
  return found;
}
