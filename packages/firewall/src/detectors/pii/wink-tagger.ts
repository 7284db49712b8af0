import { createRequire } from 'node:module';
import type { WinkMethods } from 'wink-nlp';

/** A word of a tagged window: its offsets in the window and its Universal POS tag (`PROPN`, `NOUN`, `DET`…). */
export interface TaggedToken {
  readonly start: number;
  readonly end: number;
  readonly pos: string;
}

/** wink-nlp with its English lite model: part-of-speech tags and the model's vocabulary. */
export interface WinkTagger {
  /** Tags a short window of English text (the caller keeps windows small: tagging costs ≈ 0.2 ms per KB). */
  tag(window: string): TaggedToken[];
  /** Tags several windows in one pass (each call costs ≈ 15 µs on top), offsets relative to each window. */
  tagEach(windows: readonly string[]): TaggedToken[][];
  /** Whether a lower-case word is in the model's English vocabulary (common words are; most foreign names are not). */
  isEnglishWord(word: string): boolean;
  /** How long loading the model took, in ms (once per process). */
  readonly loadMs: number;
}

let tagger: WinkTagger | undefined;
// Between windows tagged together: a paragraph break, so the tags of one window hardly depend on the other.
const SEPARATOR = '\n\n';
const VOCABULARY_CACHE_SIZE = 20_000;

/**
 * The process-wide wink tagger, loaded on first use (≈ 170–220 ms and ≈ 18 MB, once per process; call it at start
 * to pay that early). wink's lite model has no PERSON entity (its NER knows dates, numbers, e-mails, URLs…), so the
 * name detector uses its part-of-speech tags (PROPN) and its vocabulary, and only on small windows around candidates.
 *
 * @example winkTagger().tag('Why is Vesna so impulsive?').find((t) => t.pos === 'PROPN') // { start: 7, end: 12, … }
 */
export function winkTagger(): WinkTagger {
  tagger ??= loadTagger();
  return tagger;
}

function loadTagger(): WinkTagger {
  const started = performance.now();
  // CommonJS packages, loaded synchronously on demand: detectors are synchronous, and importing them eagerly would
  // make every process that imports the firewall pay for the model.
  const require = createRequire(import.meta.url);
  const winkNlp = require('wink-nlp') as (model: unknown, pipe?: string[]) => WinkMethods;
  const nlp = winkNlp(require('wink-eng-lite-web-model'), ['pos']);
  const vocabulary = nlp.readDoc('');
  // Lookups in wink's vocabulary normalise the word each time; the words of a text repeat, so remember the answers.
  const vocabularyCache = new Map<string, boolean>();
  const loadMs = performance.now() - started;
  return {
    loadMs,
    isEnglishWord(word) {
      let known = vocabularyCache.get(word);
      if (known === undefined) {
        known = !vocabulary.isOOV(word);
        if (vocabularyCache.size >= VOCABULARY_CACHE_SIZE) vocabularyCache.clear();
        vocabularyCache.set(word, known);
      }
      return known;
    },
    tagEach(windows) {
      const tagged = this.tag(windows.join(SEPARATOR));
      const result: TaggedToken[][] = [];
      let start = 0;
      let index = 0;
      for (const window of windows) {
        const end = start + window.length;
        const own: TaggedToken[] = [];
        for (; index < tagged.length && (tagged[index]?.start ?? end) < end; index++) {
          const token = tagged[index] as TaggedToken;
          if (token.start >= start) own.push({ start: token.start - start, end: token.end - start, pos: token.pos });
        }
        result.push(own);
        start = end + SEPARATOR.length;
      }
      return result;
    },
    tag(window) {
      const tokens = nlp.readDoc(window).tokens();
      const words = tokens.out() as string[];
      const tags = tokens.out(nlp.its.pos) as string[];
      const tagged: TaggedToken[] = [];
      let cursor = 0;
      for (const [index, word] of words.entries()) {
        const start = window.indexOf(word, cursor);
        if (start < 0) continue; // wink expanded or rewrote the token; it is not needed
        cursor = start + word.length;
        tagged.push({ start, end: cursor, pos: tags[index] ?? 'X' });
      }
      return tagged;
    },
  };
}
