import { confirmNamesWithTagger } from './confirm-names-with-tagger.js';
import { firstNameKind, firstNameKindOfFolded, foldName } from './first-names.js';
import { guessLanguage } from './guess-language.js';
import { hasStrongNameCue, hasWeakNameCue, type IntroductionEnd, introductionEnds, nameCueAfter } from './name-cues.js';
import { isAloneInLineOrCell, isCap, isFirmOrPlace, type NamePiece, namePieces } from './name-pieces.js';
import { findNameRuns } from './name-runs.js';
import { NOT_NAME_WORDS } from './name-vocabulary.js';
import type { PiiEntity } from './pii-entity.js';
import { winkTagger } from './wink-tagger.js';

type Language = 'en' | 'de';
// Characters on each side of a candidate whose words decide its language in a mixed text.
const LANGUAGE_WINDOW = 120;

// Words before a proper noun that make it a place, thing or organisation rather than a person ("the Avalara office",
// "from Plotwatt", "in Sutri"); before two or more proper nouns only prepositions of place do ("in New Braunfels").
const NOT_PERSON_BEFORE = new Set(
  (
    'the a an in at from of near into onto via to for visit visiting across through towards toward around outside ' +
    'inside throughout our your my their his her its these those every each no any some'
  ).split(' '),
);
const NOT_PERSONS_BEFORE = /(?:^|[^\p{L}])(?:in|at|from|near|into|onto|via|across|through|visit|visiting)[ \t]+$/iu;
const LOWERCASE_NAME = /\p{Ll}[\p{L}\p{M}'’-]*/uy;
const MAX_LOWERCASE_NAME_WORDS = 3;

/**
 * Person names, from the run of capitalised words they form and the evidence around them: an honorific or other
 * strong cue ("Mr.", "Frau", "my name is", "Name:", a sign-off line), a known first name (data/first-names.txt), or —
 * in English texts only — words that are not English words (wink's vocabulary) and, for a single word, wink's
 * proper-noun tag and a person's place in the sentence, checked on a small window around it. Capitalised words that
 * are ordinary (sentence starts, German nouns), organisations (`Nordea Group`), places (`Main Street`, `Berlin`),
 * months or titles are not names. Spans exclude honorifics and `'s`.
 *
 * @example findPersonNames('Sehr geehrte Frau Müller, ich heiße Jana Krüger.').map((e) => [e.start, e.end]) // [[18, 24], [36, 47]]
 */
export function findPersonNames(text: string): PiiEntity[] {
  if (!/\p{Lu}/u.test(text) && !/name|hei(?:ß|ss)|call/iu.test(text)) return [];
  // The text's language, or for texts that mix English and German the language around each candidate.
  let whole: ReturnType<typeof guessLanguage> | undefined;
  const languageAt = (at: number): Language => {
    whole ??= guessLanguage(text);
    if (!whole.mixed) return whole.language;
    return guessLanguage(text.slice(Math.max(0, at - LANGUAGE_WINDOW), at + LANGUAGE_WINDOW)).language;
  };

  const introductions = [...introductionEnds(text)];
  const strongStarts = new Set(introductions.map((introduction) => introduction.end));
  const accepted: NamePiece[] = [];
  const toTag: NamePiece[] = [];
  for (const run of findNameRuns(text)) {
    for (const piece of namePieces(run)) {
      const verdict = judge({ text, piece, language: () => languageAt(piece.start), introductions: strongStarts });
      if (verdict === 'name') accepted.push(piece);
      else if (verdict === 'tag') toTag.push(piece);
    }
  }
  if (toTag.length > 0) accepted.push(...confirmNamesWithTagger({ text, candidates: toTag, names: accepted }));
  const entities: PiiEntity[] = accepted.map((piece) => ({ type: 'PERSON', start: piece.start, end: piece.end }));
  const lowercase = lowercaseIntroducedNames({ text, introductions, language: languageAt });
  if (lowercase.length > 0) {
    const covered = new Uint8Array(text.length);
    for (const entity of entities) covered.fill(1, entity.start, entity.end);
    for (const entity of lowercase) if (!covered.subarray(entity.start, entity.end).includes(1)) entities.push(entity);
  }
  return entities.sort((a, b) => a.start - b.start);
}

/**
 * The cheap evidence first — honorific, first name, strong cue — then what only English text can show. Most pieces
 * are single ordinary words (sentence starts, German nouns), rejected after a cue check alone.
 */
function judge({
  text,
  piece,
  language,
  introductions,
}: {
  text: string;
  piece: NamePiece;
  language: () => Language;
  introductions: ReadonlySet<number>;
}): 'name' | 'not' | 'tag' {
  const caps = piece.tokens.filter(isCap);
  const first = firstNameKindOfFolded(caps[0]?.folded ?? '');
  const last = caps.length > 1 ? firstNameKindOfFolded(caps.at(-1)?.folded ?? '') : undefined;
  const named = (): 'name' | 'not' => (isFirmOrPlace({ text, piece }) ? 'not' : 'name');
  if (piece.honorific || first === 'name' || (caps.length > 1 && (first === 'ambiguous' || last === 'name')))
    return named();
  const english = language() === 'en';
  const tagger = english ? winkTagger() : undefined;
  const englishWords = tagger ? caps.filter((word) => tagger.isEnglishWord(word.text.toLowerCase())).length : 0;
  const ordinary = caps.length === 1 && first === undefined && (!english || englishWords === 1);
  if (hasStrongNameCue({ text, start: piece.start, introductions })) return named();
  let weakBefore: boolean | undefined;
  const cueBefore = (): boolean => {
    weakBefore ??= hasWeakNameCue({ text, start: piece.start });
    return weakBefore;
  };
  if (ordinary) {
    // German and other languages: a capitalised word is no evidence; a greeting and a comma are ("Hallo Kerim,").
    const greeted = !english && /^[ \t]*(?:[,!:\n]|$)/u.test(text.slice(piece.end)) && cueBefore();
    return greeted ? named() : 'not';
  }
  if (isFirmOrPlace({ text, piece })) return 'not';
  const weak = (): boolean =>
    cueBefore() || nameCueAfter({ text, end: piece.end + (piece.tokens.at(-1)?.possessive ? 2 : 0) });
  if (first === 'ambiguous' && weak()) return 'name';
  if (!english || (caps.length === 1 && isAloneInLineOrCell({ text, piece }))) return 'not';
  if (caps.length === 1) return inSentence({ text, piece, cueBefore, weak });
  const owner = piece.tokens.at(-1)?.possessive === true;
  if (!owner && NOT_PERSONS_BEFORE.test(text.slice(Math.max(0, piece.start - 12), piece.start))) return 'not';
  return englishWords === 0 || (englishWords < caps.length && weak()) ? 'name' : 'not';
}

/**
 * Where one unknown proper noun stands decides: after an article or a place preposition it is a place or a thing
 * ("the Avalara office", "in Sutri"); after a weak cue, as a speaker ("Anouk: …"), addressed ("Kalina, can I…") or
 * owning something ("Misty's") it is a person; otherwise the tagger looks at the verbs around it.
 */
function inSentence({
  text,
  piece,
  cueBefore,
  weak,
}: {
  text: string;
  piece: NamePiece;
  cueBefore: () => boolean;
  weak: () => boolean;
}): 'name' | 'not' | 'tag' {
  const before = text.slice(Math.max(0, piece.start - 16), piece.start);
  const previous = /(\p{L}+)[ \t]+$/u.exec(before)?.[1]?.toLowerCase();
  if (previous !== undefined && NOT_PERSON_BEFORE.has(previous) && !cueBefore()) return 'not';
  const rest = text.slice(piece.end, piece.end + 3);
  const lineStart = /(?:^|\n)[ \t>*-]*$/u.test(before);
  const speaker = lineStart && /^:[ \t]/u.test(rest);
  const addressed =
    ((lineStart || /[.!?:;"“(][ \t]*$/u.test(before)) && /^[ \t]*,/u.test(rest)) ||
    (/,[ \t]*$/u.test(before) && /^[ \t]*[!?]/u.test(rest));
  const owner = piece.tokens.at(-1)?.possessive === true;
  return speaker || addressed || owner || weak() ? 'name' : 'tag';
}

/** Names written in lower case right after an introduction ("my name is jan kowalski", "ich heiße jana"). */
function lowercaseIntroducedNames({
  text,
  introductions,
  language,
}: {
  text: string;
  introductions: readonly IntroductionEnd[];
  language: (at: number) => Language;
}): PiiEntity[] {
  const found: PiiEntity[] = [];
  for (const { end: start, lowercase } of introductions) {
    if (!lowercase) continue;
    let end = start;
    for (let word = 0; word < MAX_LOWERCASE_NAME_WORDS; word++) {
      const at = word === 0 ? start : end + 1;
      if (word > 0 && text[end] !== ' ') break;
      LOWERCASE_NAME.lastIndex = at;
      const match = LOWERCASE_NAME.exec(text);
      if (!match || !isLowercaseName(match[0], () => language(start))) break;
      end = at + match[0].length;
    }
    if (end > start) found.push({ type: 'PERSON', start, end });
  }
  return found;
}

function isLowercaseName(word: string, language: () => Language): boolean {
  if (NOT_NAME_WORDS.has(foldName(word))) return false;
  const kind = firstNameKind(word);
  if (kind === 'name') return true;
  return kind === undefined && language() === 'en' && !winkTagger().isEnglishWord(word);
}
