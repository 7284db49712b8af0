/**
 * Letters of other scripts that look like Latin ones (homoglyphs), mapped to the lowercase Latin letter they imitate.
 * NFKC already folds fullwidth and mathematical letters; these are the ones it keeps: Cyrillic, Greek, Armenian,
 * Latin small capitals and a few others used in look-alike domains and to slip keywords past filters.
 * Keyed by the character as written (uppercase Greek Η looks like H, its lowercase η like n).
 */
const PAIRS =
  'Аa Вb Еe Кk Мm Нh Оo Рp Сc Тt Хx Уy Ѕs Іi Јj Ԁd Ԛq Ԝw Ӏl ' +
  'аa вb гr еe ёe кk мm нh оo пn рp сc тt уy хx ьb ѕs іi їi јj ԁd ԛq ԝw һh ӏl ' +
  'Αa Βb Εe Ζz Ηh Ιi Κk Μm Νn Οo Ρp Τt Υy Χx ' +
  'αa βb γy εe ζz ηn ιi κk μu νv οo ρp σo ςc τt υu χx ωw ϲc ϳj ' +
  'օo ոn սu ցg հh ɡg ɑa ɩi ıi ȷj ʋu ' +
  'ᴀa ʙb ᴄc ᴅd ᴇe ɢg ʜh ɪi ᴊj ᴋk ʟl ᴍm ɴn ᴏo ᴘp ʀr ꜱs ᴛt ᴜu ᴠv ᴡw ʏy ᴢz';

const LIGATURES: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ħ: 'h', þ: 'th' };

/**
 * Homoglyph and ligature → Latin lowercase.
 *
 * @example CONFUSABLES.get('а') // 'a' (Cyrillic a)
 */
export const CONFUSABLES: ReadonlyMap<string, string> = new Map([
  ...PAIRS.split(' ').map((pair): [string, string] => [pair.slice(0, -1), pair.slice(-1)]),
  ...Object.entries(LIGATURES),
]);

const COMBINING_MARK = /\p{M}/u;
const foldCache = new Map<number, string>();

/**
 * The Latin, lowercase, diacritic-free form of one code point ('' for a combining mark).
 *
 * @example foldCharacter('Ü'.codePointAt(0)) // 'u'; foldCharacter('р'.codePointAt(0)) // 'p' (Cyrillic er)
 */
export function foldCharacter(cp: number): string {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : String.fromCharCode(cp);
  const cached = foldCache.get(cp);
  if (cached !== undefined) return cached;
  const char = String.fromCodePoint(cp);
  let folded = CONFUSABLES.get(char);
  if (folded === undefined) {
    let out = '';
    for (const part of char.toLowerCase().normalize('NFD')) {
      if (COMBINING_MARK.test(part)) continue;
      out += CONFUSABLES.get(part) ?? part;
    }
    folded = out;
  }
  if (foldCache.size < 20_000) foldCache.set(cp, folded);
  return folded;
}
