import { foldName } from './first-names.js';
import { HONORIFICS } from './name-vocabulary.js';

/** A word of a run of capitalised words, with the name shape it has. */
export interface NameToken {
  readonly start: number;
  /** End of the word without a trailing dot or possessive `'s`. */
  readonly end: number;
  readonly text: string;
  /** `text` folded for lookups (lower case, no diacritics). */
  readonly folded: string;
  /** `cap`: Capitalised word; `initial`: one capital letter (`J.`); `particle`: von, van, de, al…; `honorific`. */
  readonly shape: 'cap' | 'initial' | 'particle' | 'honorific';
  /** Ends in a possessive `'s`, which ends the run. */
  readonly possessive: boolean;
}

/** Consecutive name-shaped words on one line: a candidate name before any judgement. */
export interface NameRun {
  /** Honorifics before the name (`Mr.`, `Frau`, `Prof. Dr.`), already removed from `tokens`. */
  readonly honorific: boolean;
  readonly tokens: readonly NameToken[];
}

const PARTICLE_LIST =
  'von|van|vom|de|der|den|del|della|dei|degli|di|da|das|dos|do|du|des|la|le|ten|ter|zu|af|bin|ibn|al|el|y|e';
// Capitalised words with inner apostrophes and hyphens (O'Brien, Jean-Luc) and an optional dot. Particles between
// them ("van der") and lower-case honorifics before them ("ms. Jane") are read from the gaps; any other word in a
// gap breaks the run.
const WORD = /\p{Lu}[\p{L}\p{M}'’-]*\.?/gu;
// "van der", "de la", "bin": particles between name words; "der", "den", "des" alone are German articles.
const PARTICLE_GAP = new RegExp(
  `^[ \\t]{1,3}((?:${PARTICLE_LIST.replace(/\|(?:der|den|des)(?=\|)/gu, '')})[ \\t]{1,3}(?:(?:der|den|la|los|las)[ \\t]{1,3})?)$`,
  'u',
);
// Particles that may start a name ("van der Berg", "de Jong") unless a lower-case word stands before ("in der Stadt").
const LEADING_PARTICLES =
  /(?:^|[^\p{L}\s][ \t]*|^[ \t]*)((?:(?:van|von|de|di|da|du|del|della|le|la|al|el|ten|ter)[ \t]{1,3}(?:(?:der|den|la|los|las)[ \t]{1,3})?))$/u;
const LOWERCASE_HONORIFIC = /(?:^|[^\p{L}])(?:mr|mrs|ms|dr|prof)\.[ \t]+$/u;
const NAME_AHEAD = /^[ \t]+(?:\p{Lu}|(?:van|von|de|di|da|du|del|le|la|al|el|ten|ter)[ \t])/u;
const MAX_NAME_TOKENS = 5;
const INNER_CAPITAL = /^.[\p{L}\p{M}]*?\p{Ll}[\p{L}\p{M}]*\p{Lu}|^.\p{Lu}/u;
const NAME_WITH_INNER_CAPITAL =
  /^(?:Mc|Mac|O['’]|D['’]|De|Di|Da|Du|La|Le|Van|Von|Fitz)\p{Lu}\p{Ll}+$|^[\p{Lu}][\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)+$/u;

// Most capitalised words: one capital, then lower-case letters only.
const PLAIN_CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

function shapeOf(word: string, folded: string, dotted: boolean, next: () => string): NameToken['shape'] | undefined {
  // "Dr.", "Prof." with a dot; "Frau Müller", "Mr Smith" capitalised before a capitalised word.
  if (word.length <= 9 && HONORIFICS.has(folded) && (dotted || NAME_AHEAD.test(next()))) return 'honorific';
  if (word.length === 1) return 'initial';
  if (PLAIN_CAPITALISED.test(word)) return 'cap';
  // Capitalised with a lower-case letter ("McAllister", not "NASA"); "I'm", "Don't" are contractions, "O'Brien" not.
  if (word === word.toUpperCase()) return undefined;
  if (/['’]\p{Ll}/u.test(word)) return undefined;
  // Inner capitals make a product or handle ("ChatGPT", "YouTube"), except in Mc, Mac, O', De… names and after hyphens.
  return INNER_CAPITAL.test(word) && !NAME_WITH_INNER_CAPITAL.test(word) ? undefined : 'cap';
}

/** Whether text[from, to) is one to three spaces or tabs. */
function isSpaceGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let at = from; at < to; at++) if (text[at] !== ' ' && text[at] !== '\t') return false;
  return true;
}

/** Particle tokens in a gap like " van der " that starts at `from`. */
function particleTokens(gap: string, from: number): NameToken[] {
  const tokens: NameToken[] = [];
  for (const match of gap.matchAll(/\p{L}+/gu)) {
    const start = from + match.index;
    tokens.push({
      start,
      end: start + match[0].length,
      text: match[0],
      folded: match[0],
      shape: 'particle',
      possessive: false,
    });
  }
  return tokens;
}

/**
 * The runs of capitalised words in a text (`Mr. John Smith`, `Anna-Lena von Berg`, `J. R. Tolkien`): words separated
 * by spaces on one line, with particles inside and honorifics in front. Runs are what the name detector judges; most
 * are not names (sentence starts, organisations, places, German nouns).
 *
 * @example findNameRuns('Call Dr. Anna Berg now').map((run) => run.tokens.map((t) => t.text)) // [['Call'], ['Anna', 'Berg']]
 */
export function findNameRuns(text: string): NameRun[] {
  const runs: NameRun[] = [];
  let current: NameToken[] = [];
  let honorific = false;
  let lastEnd = -1;
  const flush = (): void => {
    if (current.some((token) => token.shape === 'cap')) runs.push({ honorific, tokens: current });
    current = [];
    honorific = false;
  };
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const dotted = match[0].endsWith('.');
    const word = dotted ? match[0].slice(0, -1) : match[0];
    const possessive = word.endsWith("'s") || word.endsWith('’s');
    const name = possessive ? word.slice(0, -2) : word;
    const folded = foldName(name);
    const after = start + match[0].length;
    const shape = shapeOf(name, folded, dotted, () => text.slice(after, after + 8));
    const spaced = lastEnd >= 0 && isSpaceGap(text, lastEnd, start);
    const gap = lastEnd < 0 || spaced || start - lastEnd > 16 ? undefined : text.slice(lastEnd, start);
    const particles = gap === undefined ? null : PARTICLE_GAP.exec(gap);
    const joined = spaced || particles !== null;
    const gapStart = lastEnd;
    lastEnd = after;
    if (!joined) flush();
    if (shape === undefined) {
      flush();
      lastEnd = -1;
      continue;
    }
    if (shape === 'honorific') {
      if (current.length > 0) flush();
      honorific = true;
      continue;
    }
    // "I", "A" starting a run are a pronoun and an article; initials have a dot or stand inside a name.
    if (shape === 'initial' && current.length === 0 && !dotted) continue;
    if (current.length === 0) {
      const before = text.slice(Math.max(0, start - 16), start);
      if (LOWERCASE_HONORIFIC.test(before)) honorific = true;
      const leading = LEADING_PARTICLES.exec(before)?.[1];
      if (leading) current.push(...particleTokens(leading, start - leading.length));
    } else if (gap !== undefined && particles?.[1])
      current.push(...particleTokens(particles[1], gapStart + gap.indexOf(particles[1])));
    if (current.length >= MAX_NAME_TOKENS) flush();
    current.push({ start, end: start + name.length, text: name, folded, shape, possessive });
    // A dot ends a sentence unless it closes an initial; a possessive ends the name.
    if (possessive || (dotted && shape === 'cap')) {
      flush();
      lastEnd = -1;
    }
  }
  flush();
  return runs;
}
