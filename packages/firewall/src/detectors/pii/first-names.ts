import { readFileSync } from 'node:fs';

// src/detectors/pii → packages/firewall/data, the same from dist/detectors/pii.
const FIRST_NAMES_FILE = new URL('../../../data/first-names.txt', import.meta.url);

/** `name`: a given name; `ambiguous`: a given name that is also an ordinary word or place (Will, May, Roman). */
export type FirstNameKind = 'name' | 'ambiguous';

let firstNames: ReadonlyMap<string, FirstNameKind> | undefined;

/**
 * A word folded for name lookups: lower case, without diacritics (`Jožef` → `jozef`).
 *
 * @example foldName('Zoltán') // 'zoltan'
 */
export function foldName(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
const ASCII = /^\p{ASCII}*$/u;

/**
 * Whether a word is a common given name, from the shipped list (data/first-names.txt, ≈ 2,900 names written for
 * this project), loaded on first use (≈ 2 ms).
 *
 * @example firstNameKind('Jürgen') // 'name'; firstNameKind('Will') // 'ambiguous'; firstNameKind('Haus') // undefined
 */
export function firstNameKind(word: string): FirstNameKind | undefined {
  return firstNameKindOfFolded(foldName(word));
}

/**
 * `firstNameKind` for a word already folded with `foldName`.
 *
 * @example firstNameKindOfFolded('jurgen') // 'name'
 */
export function firstNameKindOfFolded(folded: string): FirstNameKind | undefined {
  firstNames ??= loadFirstNames();
  const kind = firstNames.get(folded);
  if (kind !== undefined || !folded.includes('-')) return kind;
  // Hyphenated first names ("Anna-Lena", "Jean-Luc") when their first part is one.
  return firstNames.get(folded.slice(0, folded.indexOf('-'))) === 'name' ? 'name' : undefined;
}

function loadFirstNames(): ReadonlyMap<string, FirstNameKind> {
  const names = new Map<string, FirstNameKind>();
  for (const raw of readFileSync(FIRST_NAMES_FILE, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const ambiguous = line.endsWith('*');
    const key = foldName(ambiguous ? line.slice(0, -1) : line);
    // A name listed once as plain and once as ambiguous (in another language) stays ambiguous.
    if (ambiguous || !names.has(key)) names.set(key, ambiguous ? 'ambiguous' : 'name');
  }
  return names;
}
