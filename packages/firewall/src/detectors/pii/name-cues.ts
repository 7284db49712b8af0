import { lineStartNear } from './line-bounds.js';

// What the words around a candidate name say about it. Strong cues: a name follows unless the words are ordinary
// ones ("my name is", "Name:", a sign-off line). Weak cues: a name often follows ("Hi", "I'm", "said", "ich bin") —
// enough together with a known first name or a proper-noun tag.

const INTRODUCTION =
  "(?:\\b(?:my|his|her|their|your|our|the)\\s+(?:full\\s+|first\\s+|last\\s+|sur|maiden\\s+|real\\s+|given\\s+)?name(?:\\s+is|\\s+was|'s|’s)" +
  '|\\b(?:call|calls|called|named)\\s+(?:me|him|her|them)|\\b(?:named|(?:am|is|are|was|were|be|been)\\s+called|goes\\s+by)' +
  '|\\b(?:mein|sein|ihr|dein)\\s+(?:vor|nach|voller\\s+|richtiger\\s+)?name\\s+(?:ist|lautet|war)|\\bich\\s+hei(?:ß|ss)e' +
  '|\\b(?:hei(?:ß|ss)t|nennt\\s+sich)|\\bje\\s+m.appelle|\\bme\\s+llamo|\\bmi\\s+chiamo)';
// "Name: …" and other labels at the start of a line (form fields, e-mail headers, signatures, screenplays).
const LABEL = new RegExp(
  '^[\\t >*#?|-]*(?:full\\s+name|first\\s+name|last\\s+name|name|vorname|nachname|name,\\s*vorname|kontakt|' +
    'ansprechpartner(?:in)?|contact(?:\\s+person)?|customer|kunde|kundin|patient(?:in)?|employee|mitarbeiter(?:in)?|' +
    'attn|z\\.\\s?hd\\.?|signed|unterschrift|directed\\s+by|written\\s+by|produced\\s+by|author|autor(?:in)?|from|von|' +
    'to|an|cc|guardian|beneficiary|account\\s+holder|kontoinhaber(?:in)?|inhaber(?:in)?|empfänger(?:in)?|recipient)' +
    '\\s*:[ \\t]*$',
  'iu',
);
// A sign-off on the line before: the name is the next line.
const SIGN_OFF = new RegExp(
  '(?:grüßen|grüße|gruß|grüsse|gruss|regards|wishes|sincerely|cheers|thanks|thank\\s+you|best|yours|truly|' +
    'faithfully|mfg|lg|vg|cordialement|saludos|saluti|hochachtungsvoll)[ \\t]*[,.!]?[ \\t]*\\r?\\n[ \\t>]*$',
  'iu',
);
const WEAK_BEFORE = new RegExp(
  '(?:\\b(?:dear|hi|hello|hey|greetings|liebe|lieber|hallo|moin|servus|ciao|bonjour|hola|salut|thanks|thank\\s+you|' +
    "danke|i\\s+am|i'm|i’m|this\\s+is|it's|it’s|ich\\s+bin|hier\\s+ist|hier\\s+spricht|je\\s+suis|soy|sono|said|says|" +
    'asked|asks|told|tells|replied|shouted|wrote|according\\s+to|thanks\\s+to|starring|featuring|feat\\.|' +
    'sagte|fragte|schrieb|versus|vs\\.?)|' +
    // "my kid Anna", "meine Kollegin Jana", "said Baran to Noravi".
    '\\b(?:my|our|his|her|your|their)\\s+(?:son|daughter|kid|child|wife|husband|partner|boyfriend|girlfriend|' +
    'friend|brother|sister|mother|father|mom|mum|dad|boss|colleague|neighbou?r|cousin|uncle|aunt|grandson|' +
    'granddaughter|grandmother|grandfather|nephew|niece|fiancée?|manager|assistant|doctor|lawyer|client|patient)|' +
    '\\b(?:mein|meine|meinen|meinem|unser|unsere)\\s+(?:sohn|tochter|kind|frau|mann|partner(?:in)?|freund(?:in)?|' +
    'bruder|schwester|mutter|vater|chef(?:in)?|kollege|kollegin|nachbar(?:in)?|cousin[e]?|onkel|tante|enkel(?:in)?|' +
    'neffe|nichte|verlobte[r]?|mandant(?:in)?|patient(?:in)?)|' +
    '\\b(?:said|says|told|asked|shouted|wrote|replied)\\s+\\p{L}+\\s+to)[ \\t]+$',
  'iu',
);
// The words a weak cue ends with: only after them is the whole cue looked for.
const WEAK_LAST_WORDS = new Set(
  (
    "dear hi hello hey greetings liebe lieber hallo moin servus ciao bonjour hola salut thanks you danke am i'm i’m is " +
    "it's it’s bin ist spricht suis soy sono said says asked asks told tells replied shouted wrote to starring " +
    'featuring feat. sagte fragte schrieb versus vs vs. son daughter kid child wife husband partner boyfriend ' +
    'girlfriend friend brother sister mother father mom mum dad boss colleague neighbor neighbour cousin uncle aunt ' +
    'grandson granddaughter grandmother grandfather nephew niece fiancé fiancée manager assistant doctor lawyer ' +
    'client patient sohn tochter kind frau mann partnerin freund freundin bruder schwester mutter vater chef chefin ' +
    'kollege kollegin nachbar nachbarin cousine onkel tante enkel enkelin neffe nichte verlobte verlobter mandant ' +
    'mandantin patientin'
  ).split(' '),
);
const WEAK_AFTER = new RegExp(
  '^(?:[ \\t]+(?:said|says|asked|asks|told|tells|replied|shouted|wrote|writes|explained|thinks|thought|lives|lived|' +
    'works|worked|was\\s+born|is\\s+a|was\\s+a|has\\s+been|will\\s+be\\s+talking|and\\s+i|und\\s+ich|sagte|meinte|' +
    'fragte|schrieb|wohnt|arbeitet|ist\\s+(?:ein|eine)\\b)|\\s*\\((?:\\d{1,3}|geb\\.|born)|:\\s*["“])',
  'iu',
);

/**
 * Whether a strong cue stands before a candidate name that starts at `start`: a label ("Name:"), an introduction or the
 * answer to a question about a name (their ends come from `introductionEnds`, computed once per text), or a sign-off
 * on the line before. Honorifics are handled with the words themselves.
 *
 * @example hasStrongNameCue({ text: 'Name: Ola Berg', start: 6, introductions: new Set() }) // true
 */
export function hasStrongNameCue({
  text,
  start,
  introductions,
}: {
  text: string;
  start: number;
  introductions: ReadonlySet<number>;
}): boolean {
  if (introductions.has(start)) return true;
  // Labels and sign-offs start their line; a line that starts further back than 64 characters has neither.
  const lineStart = lineStartNear({ text, at: start, max: 64 });
  if (lineStart > 0 && text[lineStart - 1] !== '\n') return false;
  const line = text.slice(lineStart, start);
  if (line.includes(':') && LABEL.test(line)) return true;
  return lineStart > 0 && /^[\t >*#?|-]*$/u.test(line) && SIGN_OFF.test(text.slice(Math.max(0, start - 60), start));
}

/**
 * Whether a weak cue stands before a candidate name: a greeting ("Hi", "Liebe"), a self-introduction ("I'm", "ich
 * bin"), a speech verb ("said"), or a relation ("my kid", "meine Kollegin").
 *
 * @example hasWeakNameCue({ text: 'Hi Vesna, …', start: 3 }) // true
 */
export function hasWeakNameCue({ text, start }: { text: string; start: number }): boolean {
  const last = /(?:^|[^\p{L}'’.])([\p{L}'’.]+)[ \t]+$/u.exec(text.slice(Math.max(0, start - 24), start))?.[1];
  return (
    last !== undefined &&
    WEAK_LAST_WORDS.has(last.toLowerCase()) &&
    WEAK_BEFORE.test(text.slice(Math.max(0, start - 60), start))
  );
}

/**
 * Whether the words after a candidate name that ends at `end` are what people, not things, do ("said", "lives",
 * "(42)") — a weak cue.
 *
 * @example nameCueAfter({ text: 'Vesna said no', end: 5 }) // true
 */
export function nameCueAfter({ text, end }: { text: string; end: number }): boolean {
  return WEAK_AFTER.test(text.slice(end, end + 40));
}

// An introduction ("my name is", "ich heiße"), or the answer to a question about a name ("What's your last name?
// Jónás", "What's the name on the account? User: Anna").
const INTRODUCTION_END = new RegExp(
  `(${INTRODUCTION}\\s*[:,]?[ \\t]+)|\\bname\\b[^.!?\\n]{0,40}\\?[ \\t]*\\n?[ \\t]*(?:\\p{L}+:[ \\t]*)?`,
  'giu',
);
const INTRODUCTION_KEYWORD = /name|call|hei(?:ß|ss)|nennt|appelle|llamo|chiamo|goes/giu;

/** Where an introduction ends, and whether a name may follow it in lower case ("my name is jan kowalski"). */
export interface IntroductionEnd {
  readonly end: number;
  readonly lowercase: boolean;
}

/**
 * The ends of introductions and of questions about a name, after which a name follows. Searched only around their
 * keywords, which keeps long texts cheap.
 *
 * @example [...introductionEnds('my name is cormac')] // [{ end: 11, lowercase: true }]
 */
export function* introductionEnds(text: string): Generator<IntroductionEnd> {
  // Windows around the keywords, merged where they overlap, so each part of the text is searched once.
  const windows: { from: number; to: number }[] = [];
  for (const keyword of text.matchAll(INTRODUCTION_KEYWORD)) {
    const from = Math.max(0, keyword.index - 32);
    const to = Math.min(text.length, keyword.index + 64);
    const last = windows.at(-1);
    if (last && from <= last.to) last.to = to;
    else windows.push({ from, to });
  }
  for (const { from, to } of windows) {
    for (const match of text.slice(from, to).matchAll(INTRODUCTION_END))
      yield { end: from + match.index + match[0].length, lowercase: match[1] !== undefined };
  }
}
