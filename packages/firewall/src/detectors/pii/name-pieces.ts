import { firstNameKindOfFolded, foldName } from './first-names.js';
import { lineEndNear, lineStartNear } from './line-bounds.js';
import type { NameToken } from './name-runs.js';
import { LEGAL_FORMS, NOT_NAME_WORDS, ORGANIZATION_WORDS, PLACE_WORDS } from './name-vocabulary.js';

/** A candidate name: a run of name tokens, or part of one. */
export interface NamePiece {
  readonly tokens: readonly NameToken[];
  /** An honorific stands right before it (`Mr.`, `Frau`). */
  readonly honorific: boolean;
  readonly start: number;
  readonly end: number;
}

// German compounds that are streets (Karl-Marx-Straße, Lindenweg, Domplatz).
const PLACE_SUFFIX = /.{3}(?:stra(?:ß|ss)e|weg|gasse|allee|platz|damm|ufer|chaussee)$/u;
const LOWERCASE_PLACE_NOUNS = new Set(
  'street road avenue lane boulevard drive square bridge station airport river lake park highway straße strasse'.split(
    ' ',
  ),
);

/**
 * Whether a token is a capitalised word (not an initial, particle or honorific).
 *
 * @example findNameRuns('J. R. Tolkien')[0].tokens.filter(isCap).length // 1
 */
export const isCap = (token: NameToken): boolean => token.shape === 'cap';

/**
 * Splits a run of name tokens at words that are never names ("Dear", "The", "Montag"), drops a capitalised word
 * before a known first name ("Lebt Adolf Hitler" → "Adolf Hitler"), trims initials and particles at the ends, and
 * keeps at most two words that are not first names after a first name.
 *
 * @example namePieces({ tokens: findNameRuns('Dear John Smith')[0].tokens, honorific: false }) // one piece, "John Smith"
 */
export function namePieces({ tokens, honorific }: { tokens: readonly NameToken[]; honorific: boolean }): NamePiece[] {
  const pieces: NamePiece[] = [];
  let current: NameToken[] = [];
  let leadsRun = true;
  const flush = (): void => {
    while (current.length > 0 && current.at(-1)?.shape !== 'cap') current.pop();
    const first = current[0];
    const last = current.at(-1);
    if (first && last && current.some(isCap))
      pieces.push(
        withoutTrailingWords({ tokens: current, honorific: honorific && leadsRun, start: first.start, end: last.end }),
      );
    current = [];
    leadsRun = false;
  };
  for (const token of tokens) {
    if (isCap(token) && NOT_NAME_WORDS.has(token.folded) && firstNameKindOfFolded(token.folded) === undefined) {
      flush();
      continue;
    }
    const single = current.length === 1 ? current[0] : undefined;
    if (
      single &&
      isCap(single) &&
      firstNameKindOfFolded(single.folded) === undefined &&
      firstNameKindOfFolded(token.folded) === 'name'
    )
      flush();
    current.push(token);
  }
  flush();
  return pieces;
}

/** "Gabriel García Márquez" stays; "Christian Lindner Porsche-Fahrer" ends before the noun. */
function withoutTrailingWords(piece: NamePiece): NamePiece {
  const first = piece.tokens.find(isCap);
  if (!first || firstNameKindOfFolded(first.folded) === undefined) return piece;
  let others = 0;
  const kept: NameToken[] = [];
  for (const token of piece.tokens) {
    if (isCap(token) && token !== first && firstNameKindOfFolded(token.folded) === undefined) others++;
    if (others > 2 || (others === 2 && token.text.includes('-'))) break;
    kept.push(token);
  }
  while (kept.length > 0 && kept.at(-1)?.shape !== 'cap') kept.pop();
  const last = kept.at(-1);
  return last === undefined || kept.length === piece.tokens.length ? piece : { ...piece, tokens: kept, end: last.end };
}

/**
 * Whether a piece is an organisation or a place rather than a person: it holds an organisation word or legal form
 * (`Nordea Group`, `Müller GmbH`), a place word or country (`Main Street`, `New York`, `Berlin`), a number stands
 * next to it (`Suite 5`, `Jan 2024`, `12 Elm`), or a firm or place follows (`Moreau & Petrović`, `Baker St.`,
 * `Evanston, IL`, `Tampere, Finland`).
 *
 * @example isFirmOrPlace({ text: 'Nordea Group', piece }) // true
 */
export function isFirmOrPlace({ text, piece }: { text: string; piece: NamePiece }): boolean {
  for (const [index, token] of piece.tokens.entries()) {
    if (!isCap(token)) continue;
    const word = token.folded;
    if (ORGANIZATION_WORDS.has(word) || LEGAL_FORMS.has(token.text)) return true;
    if (index === 0 && piece.tokens.length > 1 && firstNameKindOfFolded(token.folded) !== undefined) continue; // "Paris Hilton"
    if (PLACE_WORDS.has(word) || PLACE_SUFFIX.test(word)) return true;
    if (word.includes('-') && word.split('-').some((part) => PLACE_WORDS.has(part))) return true;
  }
  if (!piece.honorific && /^[ \t]*\d/u.test(text.slice(piece.end, piece.end + 4))) return true;
  const before = text.slice(Math.max(0, piece.start - 4), piece.start);
  if (/\d[ \t]+$|&[ \t]*$/u.test(before)) return true;
  return isFollowedByPlaceOrFirm(text, piece.end);
}

function isFollowedByPlaceOrFirm(text: string, end: number): boolean {
  const rest = text.slice(end, end + 30);
  const region = /^,[ \t]*(\p{Lu}\p{L}*)/u.exec(rest)?.[1];
  if (region && (/^[A-Z]{2}$/u.test(region) || PLACE_WORDS.has(foldName(region)))) return true;
  const after = /^[ \t]*(&|[\p{L}.]+)/u.exec(rest)?.[1];
  if (after === undefined) return false;
  const bare = after.endsWith('.') ? after.slice(0, -1) : after;
  if (after === '&' || LEGAL_FORMS.has(after) || LEGAL_FORMS.has(bare)) return true;
  const word = foldName(bare);
  if (/^\p{Lu}/u.test(after)) return PLACE_WORDS.has(word) || ORGANIZATION_WORDS.has(word);
  return LOWERCASE_PLACE_NOUNS.has(word);
}

/**
 * Whether a piece stands alone on its line or in a table cell (`| Columbus |`): a lone unknown word there is rather a
 * company, a town or a label than a person.
 *
 * @example isAloneInLineOrCell({ text: '| Tampere |', piece }) // true
 */
export function isAloneInLineOrCell({ text, piece }: { text: string; piece: NamePiece }): boolean {
  const lineStart = lineStartNear({ text, at: piece.start, max: 32 });
  const lineEnd = lineEndNear({ text, at: piece.end, max: 32 });
  const atLineStart = lineStart === 0 || text[lineStart - 1] === '\n';
  const atLineEnd = lineEnd === text.length || text[lineEnd] === '\n';
  const before = text.slice(lineStart, piece.start);
  const after = text.slice(piece.end, lineEnd);
  const opens = /[|\t][ >*#?-]*$/u.test(before) || (atLineStart && /^[ >*#?-]*$/u.test(before));
  const closes = /^[ ,.]*[|\t]/u.test(after) || (atLineEnd && /^[ ,.]*$/u.test(after));
  return opens && closes;
}
