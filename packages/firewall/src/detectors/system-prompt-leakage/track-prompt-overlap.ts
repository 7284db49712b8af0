import { extractWords, type Word } from './extract-words.js';

/**
 * When copied system-prompt text counts as leakage. A common run of words counts only from `minRunWords` words on (so
 * stock phrases never do); the leaked words are the prompt words covered by such runs. The check fires when at least
 * `minLeakedWords` leaked and either they are `minLeakedShare` of the prompt or at least `alwaysLeakedWords`.
 */
export interface OverlapSettings {
  readonly minRunWords: number;
  readonly minLeakedWords: number;
  readonly minLeakedShare: number;
  readonly alwaysLeakedWords: number;
}

/** A stretch of the answer that reproduces the system prompt, in original offsets; `words` is its longest run. */
export interface OverlapRun {
  readonly start: number;
  readonly end: number;
  readonly words: number;
}

/** Follows an answer word by word — all at once or as it streams — against one system prompt. */
export interface OverlapTracker {
  /** Feeds the next words of the answer, in order (see extractWords). */
  push(words: readonly Word[]): void;
  /** Whether what was fed so far is leakage by the settings. */
  isLeak(): boolean;
  /** Distinct prompt words covered by runs of at least `minRunWords` words. */
  readonly leakedWords: number;
  /** leakedWords ÷ the prompt's word count. */
  readonly share: number;
  /** The answer's copied stretches, merged and in order; the last one may still grow. */
  readonly runs: readonly OverlapRun[];
}

interface PromptIndex {
  readonly size: number;
  /** Word → the positions it takes in the prompt. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
}

const indexCache = new Map<string, PromptIndex>();
const INDEX_CACHE_SIZE = 32;

/** The prompt's words and where each occurs, cached for the few system prompts an installation uses. */
function indexPrompt(systemPrompt: string): PromptIndex {
  const cached = indexCache.get(systemPrompt);
  if (cached) return cached;
  const words = extractWords(systemPrompt);
  const postings = new Map<string, number[]>();
  words.forEach((word, position) => {
    const list = postings.get(word.text);
    if (list) list.push(position);
    else postings.set(word.text, [position]);
  });
  const index: PromptIndex = { size: words.length, postings };
  if (indexCache.size >= INDEX_CACHE_SIZE) {
    const oldest = indexCache.keys().next().value;
    if (oldest !== undefined) indexCache.delete(oldest);
  }
  indexCache.set(systemPrompt, index);
  return index;
}

interface Diagonal {
  length: number;
  start: number;
}

/**
 * Tracks the longest common word runs between an answer and the system prompt (a longest-common-substring over words,
 * driven by the prompt's word positions, so each answer word costs as many steps as the prompt repeats it). Linear in
 * the answer; the prompt is indexed once and cached.
 *
 * @example
 * const tracker = trackPromptOverlap({ systemPrompt, settings });
 * tracker.push(extractWords(answer));
 * if (tracker.isLeak()) … tracker.runs
 */
export function trackPromptOverlap({
  systemPrompt,
  settings,
}: {
  systemPrompt: string;
  settings: OverlapSettings;
}): OverlapTracker {
  const index = indexPrompt(systemPrompt);
  const leaked = new Uint8Array(index.size);
  const runs: OverlapRun[] = [];
  let leakedWords = 0;
  let active = new Map<number, Diagonal>();
  let next = new Map<number, Diagonal>();

  const markLeaked = (position: number): void => {
    if (leaked[position] === 0) {
      leaked[position] = 1;
      leakedWords++;
    }
  };
  const addRun = (start: number, end: number, words: number): void => {
    const last = runs[runs.length - 1];
    if (last && start <= last.end) {
      runs[runs.length - 1] = {
        start: Math.min(last.start, start),
        end: Math.max(last.end, end),
        words: Math.max(last.words, words),
      };
    } else runs.push({ start, end, words });
  };

  return {
    push(words) {
      for (const word of words) {
        const positions = index.postings.get(word.text);
        if (positions === undefined) {
          // Most answer words are not in the prompt: every run ends here.
          if (active.size > 0) active.clear();
          continue;
        }
        next.clear();
        for (const position of positions) {
          const previous = active.get(position - 1);
          const diagonal = previous
            ? { length: previous.length + 1, start: previous.start }
            : { length: 1, start: word.start };
          next.set(position, diagonal);
          if (diagonal.length === settings.minRunWords) {
            for (let p = position - diagonal.length + 1; p <= position; p++) markLeaked(p);
          } else if (diagonal.length > settings.minRunWords) markLeaked(position);
          if (diagonal.length >= settings.minRunWords) addRun(diagonal.start, word.end, diagonal.length);
        }
        [active, next] = [next, active];
      }
    },
    isLeak() {
      if (leakedWords < settings.minLeakedWords || index.size === 0) return false;
      return leakedWords / index.size >= settings.minLeakedShare || leakedWords >= settings.alwaysLeakedWords;
    },
    get leakedWords() {
      return leakedWords;
    },
    get share() {
      return index.size === 0 ? 0 : leakedWords / index.size;
    },
    runs,
  };
}
