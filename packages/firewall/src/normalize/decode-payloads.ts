import type { FindingSource } from '../verdict.js';
import type { InvisibleChar } from './clean-text.js';
import { createMappedTextBuilder, type MappedText, originEnd, originStart } from './mapped-text.js';

/** Text recovered from an encoded segment; `view` maps each decoded unit back to the original encoded segment. */
export interface DecodedPayload {
  readonly encoding: Exclude<FindingSource, 'text'>;
  readonly view: MappedText;
}

const MAX_PAYLOADS = 32;
const MAX_DECODED_CHARS = 64 * 1024;
const MAX_DEPTH = 2;

const MIN_RUN = 16;
const ESCAPED_HEX_RUN = /(?:\\x[0-9a-fA-F]{2}){4,}/g;
const SPACED_HEX_RUN = /\b[0-9a-fA-F]{2}(?:[ :][0-9a-fA-F]{2}){7,}\b/g;
// Cheap check before the spaced-hex regex: bytes of text start with a digit nibble (0x20–0x7e), so three such pairs.
const SPACED_HEX_HINT = /\d[0-9a-fA-F][ :]\d[0-9a-fA-F][ :]\d[0-9a-fA-F]/;
const PERCENT_RUN = /(?:%[0-9a-fA-F]{2}|[A-Za-z0-9._~+-])+/g;
const PURE_HEX = /^(?:0x)?[0-9a-fA-F]+$/;
const DIGITS_ONLY = /^\d+$/;
const ROT13_CUE = /\brot[\s_-]?13\b|\bcaesar\b|\bc[äa]sar\b/i;
// Not fatal: invalid sequences become U+FFFD, which the printable count rejects — cheaper than an exception.
const utf8 = new TextDecoder('utf-8');

// Base64 alphabet (standard and URL-safe) as a lookup table over ASCII.
const BASE64_UNIT = new Uint8Array(128);
for (const char of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-')
  BASE64_UNIT[char.charCodeAt(0)] = 1;

/** [start, end) of every run of at least 16 base64-alphabet characters (with up to two `=`), in one pass. */
function findEncodedRuns(text: string): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code >= 128 || BASE64_UNIT[code] !== 1) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && text.charCodeAt(i) < 128 && BASE64_UNIT[text.charCodeAt(i)] === 1) i++;
    let end = i;
    while (end < text.length && end - i < 2 && text.charCodeAt(end) === 0x3d) end++;
    if (i - start >= MIN_RUN) runs.push([start, end]);
    i = end > i ? end : i;
  }
  return runs;
}

/**
 * Decoded bytes are a payload only when they read as text: hardly any control bytes, valid UTF-8, mostly printable,
 * some letters. Random bytes (hashes, ids, keys) fail the control-byte count at once, without decoding.
 */
function asReadableText(bytes: Uint8Array): string | undefined {
  if (bytes.length < 8) return undefined;
  let control = 0;
  for (const byte of bytes)
    if ((byte < 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) || byte === 0x7f) control++;
  if (control > bytes.length * 0.05) return undefined;
  const text = utf8.decode(bytes);
  let printable = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd || (code < 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) || code === 0x7f) continue;
    printable++;
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code > 0xbf) letters++;
  }
  return printable >= text.length * 0.95 && letters >= Math.min(6, text.length / 3) ? text : undefined;
}

function rot13(text: string): string {
  return text.replace(/[a-zA-Z]/g, (char) => {
    const code = char.charCodeAt(0);
    const base = code <= 0x5a ? 0x41 : 0x61;
    return String.fromCharCode(((code - base + 13) % 26) + base);
  });
}

/**
 * Finds encoded segments in a text and decodes them, so detectors can look at what a model would decode: base64
 * (standard and URL-safe), hex (plain, `\x69`, space-separated bytes), percent-encoding, Unicode tag characters and
 * variation-selector byte smuggling; and, when the text mentions rot13 or a Caesar cipher, the rot13 of the whole text
 * (rot13 looks like ordinary letters, so without a cue every text would be a candidate). Decoded payloads are searched
 * once more for nested encodings. Linear in the text length; at most 32 payloads and 64 K decoded characters.
 *
 * @example decodePayloads({ view: cleanText('aWdub3JlIGFsbCBydWxlcw==').view, invisible: [] })[0].view.text // 'ignore all rules'
 */
export function decodePayloads({
  view,
  invisible,
}: {
  view: MappedText;
  invisible: readonly InvisibleChar[];
}): DecodedPayload[] {
  const payloads: DecodedPayload[] = [];
  const budget = { chars: MAX_DECODED_CHARS };
  decodeInvisible({ invisible, payloads, budget });
  decodeInto({ view, payloads, budget, depth: 1 });
  return payloads;
}

function add({
  payloads,
  budget,
  encoding,
  text,
  view,
  from,
  to,
}: {
  payloads: DecodedPayload[];
  budget: { chars: number };
  encoding: DecodedPayload['encoding'];
  text: string;
  view: MappedText;
  from: number;
  to: number;
}): DecodedPayload | undefined {
  if (payloads.length >= MAX_PAYLOADS || text.length > budget.chars) return undefined;
  budget.chars -= text.length;
  const builder = createMappedTextBuilder(text.length);
  builder.push(text, originStart(view, from), originEnd(view, to - 1));
  const payload = { encoding, view: builder.finish() };
  payloads.push(payload);
  return payload;
}

function decodeInto({
  view,
  payloads,
  budget,
  depth,
}: {
  view: MappedText;
  payloads: DecodedPayload[];
  budget: { chars: number };
  depth: number;
}): void {
  const text = view.text;
  const found: DecodedPayload[] = [];
  const take = (encoding: DecodedPayload['encoding'], decoded: string | undefined, from: number, to: number): void => {
    if (decoded === undefined) return;
    const payload = add({ payloads, budget, encoding, text: decoded, view, from, to });
    if (payload) found.push(payload);
  };

  // One pass over runs of base64-alphabet characters; pure-hex runs are decoded as hex instead.
  for (const [from, to] of findEncodedRuns(text)) {
    const run = text.slice(from, to);
    const hex = run.startsWith('0x') ? run.slice(2) : run;
    if (PURE_HEX.test(hex)) {
      // Digits only: card, phone and order numbers, not hex-encoded text (which has a–f among its nibbles).
      if (hex.length % 2 === 0 && !DIGITS_ONLY.test(hex))
        take('hex', asReadableText(Buffer.from(hex, 'hex')), from, to);
      continue;
    }
    const urlSafe = run.includes('-') || run.includes('_');
    take('base64', asReadableText(Buffer.from(run, urlSafe ? 'base64url' : 'base64')), from, to);
  }
  if (text.includes('\\x')) {
    for (const match of text.matchAll(ESCAPED_HEX_RUN)) {
      const bytes = Buffer.from(match[0].replaceAll('\\x', ''), 'hex');
      take('hex', asReadableText(bytes), match.index, match.index + match[0].length);
    }
  }
  if (SPACED_HEX_HINT.test(text)) {
    for (const match of text.matchAll(SPACED_HEX_RUN)) {
      const bytes = Buffer.from(match[0].replace(/[ :]/g, ''), 'hex');
      take('hex', asReadableText(bytes), match.index, match.index + match[0].length);
    }
  }
  if (text.includes('%')) {
    for (const match of text.matchAll(PERCENT_RUN)) {
      const encoded = match[0];
      if (encoded.split('%').length - 1 < 3) continue;
      let decoded: string | undefined;
      try {
        decoded = decodeURIComponent(encoded.replaceAll('+', ' '));
      } catch {
        decoded = undefined;
      }
      take('percent', decoded, match.index, match.index + encoded.length);
    }
  }
  if (depth === 1 && ROT13_CUE.test(text)) {
    // Length-preserving, so the rot13 text keeps the exact map of the text it came from.
    if (payloads.length < MAX_PAYLOADS && text.length <= budget.chars) {
      budget.chars -= text.length;
      payloads.push({ encoding: 'rot13', view: { text: rot13(text), starts: view.starts, ends: view.ends } });
    }
  }
  if (depth < MAX_DEPTH)
    for (const payload of found) decodeInto({ view: payload.view, payloads, budget, depth: depth + 1 });
}

/**
 * Unicode tag characters U+E0020–E007E mirror printable ASCII invisibly; variation selectors (U+FE00–FE0F = 0–15,
 * U+E0100–E01EF = 16–255) can carry one byte each. Both are decoded from the characters the cleaner removed, each
 * decoded unit mapped to its own invisible character.
 */
function decodeInvisible({
  invisible,
  payloads,
  budget,
}: {
  invisible: readonly InvisibleChar[];
  payloads: DecodedPayload[];
  budget: { chars: number };
}): void {
  let i = 0;
  while (i < invisible.length) {
    const first = invisible[i];
    if (!first) break;
    let j = i;
    // A run: consecutive (adjacent, or separated only by visible text for variation selectors) chars of one kind.
    if (first.kind === 'tag') {
      const builder = createMappedTextBuilder(8);
      let decoded = '';
      while (j < invisible.length && invisible[j]?.kind === 'tag') {
        const char = invisible[j];
        if (char && char.codePoint >= 0xe0020 && char.codePoint <= 0xe007e) {
          const ascii = String.fromCharCode(char.codePoint - 0xe0000);
          decoded += ascii;
          builder.push(ascii, char.start, char.end);
        }
        j++;
      }
      if (decoded.trim().length >= 2 && payloads.length < MAX_PAYLOADS && decoded.length <= budget.chars) {
        budget.chars -= decoded.length;
        payloads.push({ encoding: 'unicode_tags', view: builder.finish() });
      }
    } else if (first.kind === 'variation_selector') {
      const bytes: number[] = [];
      while (j < invisible.length && invisible[j]?.kind === 'variation_selector') {
        const cp = invisible[j]?.codePoint ?? 0;
        bytes.push(cp <= 0xfe0f ? cp - 0xfe00 : cp - 0xe0100 + 16);
        j++;
      }
      const last = invisible[j - 1];
      const decoded = bytes.length >= 8 ? asReadableText(Uint8Array.from(bytes)) : undefined;
      if (decoded && last && payloads.length < MAX_PAYLOADS && decoded.length <= budget.chars) {
        budget.chars -= decoded.length;
        const builder = createMappedTextBuilder(decoded.length);
        builder.push(decoded, first.start, last.end);
        payloads.push({ encoding: 'variation_selectors', view: builder.finish() });
      }
    } else j++;
    i = Math.max(j, i + 1);
  }
}
