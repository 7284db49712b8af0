import { findAddressAnchors } from './address-anchors.js';
import { extendAddress } from './extend-address.js';
import type { PiiEntity } from './pii-entity.js';

// Words that announce an address within the 60 characters before it ("Address:", "lives at", "send it to", "wohnt in").
const ADDRESS_CUE = new RegExp(
  '(?:address|adresse|anschrift|addr\\.?|lives?[ ](?:at|in|on)|lived[ ](?:at|in|on)|living[ ](?:at|in|on)|' +
    'located[ ](?:at|in|on)|(?:ship|send|sent|deliver|mail|post|forward)(?:ed|ped)?(?:[ ]\\p{L}+){0,4}[ ]to|' +
    'moved[ ](?:to|in)|meet(?:[ ]\\p{L}+)?[ ]at|taxi[ ]to|return(?:ed)?[ ]to|arrived[ ]at|is[ ]at|corner[ ]of|' +
    'wohn(?:e|t|en|haft)[ ](?:in|im|am|an|auf)(?:[ ]der)?|zieh(?:e|t|en)[ ](?:in|nach)|liefer\\p{L}*[ ](?:an|nach)|' +
    'schick\\p{L}*(?:[ ]\\p{L}+){0,3}[ ](?:an|nach)|domicil\\p{L}*|dirección|direccion|endereço|indirizzo|' +
    'billing|shipping|mailing)\\b[^.!;]{0,30}$',
  'iu',
);

// Right before a street name without a number ("lives on Maple Street", "the corner of X and Y", "in der Lindenstraße").
const PLACE_PREPOSITION =
  /(?:^|[^\p{L}])(?:on|at|in|of|to|from|into|onto|near|and|off|auf|in der|an der|auf der|entlang der|nahe der|Ecke)[ ]$/iu;

/**
 * Postal addresses: street lines (a street type and a house number, in English, German, Romance, Slavic, Dutch,
 * Nordic, Hungarian or Turkish style; post-office and military boxes) grown into the whole address — building number,
 * unit, postcode and city, state and ZIP, city and country lines, also over several lines. Weaker candidates (words
 * with a number such as "Pagari 18", streets without a number) count only after an address cue ("Address:", "lives
 * at", "wohnt in") or when a unit, postcode or city lines follow them. Bare numbers, dates and prices never count.
 *
 * @example findAddresses('Wohnt in der Hauptstraße 5, 10115 Berlin.')[0] // { type: 'ADDRESS', start: 13, end: 40 }
 */
export function findAddresses(text: string): PiiEntity[] {
  const spans: { start: number; end: number }[] = [];
  for (const anchor of findAddressAnchors(text)) {
    const extent = extendAddress({ text, start: anchor.start, end: anchor.end });
    const before = text.slice(Math.max(0, extent.start - 60), extent.start);
    const confirmed =
      anchor.strength === 'street' ||
      extent.strongParts > 0 ||
      (extent.weakParts >= 2 && extent.multiline) ||
      ADDRESS_CUE.test(before) ||
      (anchor.strength === 'named' && PLACE_PREPOSITION.test(before));
    if (confirmed) spans.push({ start: extent.start, end: extent.end });
  }
  return mergeOverlapping(spans).map((span) => ({ type: 'ADDRESS', ...span }));
}

function mergeOverlapping(spans: { start: number; end: number }[]): { start: number; end: number }[] {
  const merged: { start: number; end: number }[] = [];
  for (const span of spans.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = merged.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
