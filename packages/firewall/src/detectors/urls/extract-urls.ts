import { KNOWN_TLDS } from './known-tlds.generated.js';

/** Where a URL stands: clients load markdown and HTML images without a click, which makes them exfiltration channels. */
export type UrlContext =
  | 'markdown_image'
  | 'markdown_link'
  | 'markdown_reference'
  | 'html_image'
  | 'html_link'
  | 'raw'
  | 'bare';

export interface ExtractedUrl {
  /** Offsets of the URL itself in the searched text. */
  readonly start: number;
  readonly end: number;
  readonly url: string;
  readonly context: UrlContext;
}

const MARKDOWN =
  /(!?)\[[^\]\n]{0,500}\]\(\s{0,8}<?((?:[^\s()<>[\]]|\([^\s()<>[\]]{0,200}\)){1,4096})>?(?:\s{1,8}(?:"[^"\n]{0,500}"|'[^'\n]{0,500}'))?\s{0,8}\)/g;
const MARKDOWN_REFERENCE = /^ {0,3}\[[^\]\n]{1,200}\]:[ \t]{0,8}<?([^\s<>]{1,4096})>?/gm;
const HTML =
  /<(img|image|a|iframe|script|link|source|video|audio|embed|object|form|frame)\b[^>]{0,2000}?\b(?:src|href|action|data|poster|srcset)\s*=\s*(?:"([^"]{0,4096})"|'([^']{0,4096})'|([^\s>]{1,4096}))/gi;
const SCHEME_URL =
  /\b(?:https?|ftp|wss?|file):\/\/(?:\[[0-9A-Fa-f:.]{2,45}\][^\s<>"'`\\^{}|[\]]{0,4096}|[^\s<>"'`\\^{}|[\]]{1,4096})/gi;
const SCRIPT_URI =
  /\b(?:javascript|vbscript):[^\s<>"'`]{1,4096}|\bdata:[a-z]{1,20}\/[a-z0-9.+-]{1,80}[;,][^\s<>"'`)]{0,4096}/gi;
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,10}[a-z]{2,24}$/i;
const PORT_AND_PATH = /(?::\d{2,5})?(?:\/[^\s<>"'`)\]]{0,4096})?/y;

/** Names that end like domains but are files (`setup.py`, `index.html`); bare words are only domains otherwise. */
const FILE_EXTENSIONS = new Set(
  (
    'js ts mjs cjs jsx tsx py pyc rb go rs java kt cpp cc hpp h c cs php pl sh bash zsh ps1 bat cmd md txt rst log ' +
    'html htm css scss json yaml yml toml ini cfg conf env lock xml csv tsv sql db sqlite png jpg jpeg gif svg webp ico ' +
    'bmp pdf doc docx xls xlsx ppt pptx odt zip tar gz tgz bz2 xz rar exe dll so dylib bin iso dmg msi apk jar class ' +
    'mp3 mp4 wav avi mov mkv webm ttf woff woff2 map vue svelte ipynb tex out bak tmp swp dat'
  ).split(' '),
);

/** Trailing characters that end a sentence rather than a URL; a `)` stays only when the URL opened one. */
function trimUrlEnd(url: string): string {
  let end = url.length;
  for (;;) {
    const last = url[end - 1];
    if (last === undefined) break;
    if ('.,;:!?*_~\'"'.includes(last)) end--;
    else if (last === ')') {
      const opens = url.slice(0, end).split('(').length - 1;
      const closes = url.slice(0, end).split(')').length - 1;
      if (closes > opens) end--;
      else break;
    } else break;
  }
  return url.slice(0, end);
}

function isHostUnit(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x2e ||
    code === 0x2d
  );
}

function isLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/**
 * Bare domains (`evil.example/path`), found from each dot rather than by a regex tried at every position. A host
 * preceded by `/`, `:`, `_` or a letter-joined token is part of something else (a path, a URL, an identifier).
 */
function findBareDomains(text: string): { start: number; url: string }[] {
  const found: { start: number; url: string }[] = [];
  for (let dot = text.indexOf('.'); dot !== -1; dot = text.indexOf('.', dot + 1)) {
    if (dot === 0 || !isHostUnit(text.charCodeAt(dot - 1)) || !isLetter(text.charCodeAt(dot + 1))) continue;
    let start = dot;
    while (start > 0 && isHostUnit(text.charCodeAt(start - 1))) start--;
    let end = dot + 1;
    while (end < text.length && isHostUnit(text.charCodeAt(end))) end++;
    dot = end;
    const before = text[start - 1];
    if (
      before === '/' ||
      before === ':' ||
      before === '_' ||
      before === '\\' ||
      (before !== undefined && before.charCodeAt(0) > 0x7f && /\p{L}/u.test(before))
    )
      continue;
    while (end > start && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
    while (start < end && (text[start] === '.' || text[start] === '-')) start++;
    const host = text.slice(start, end);
    if (host.length > 253 || !HOST.test(host)) continue;
    const tld = host.slice(host.lastIndexOf('.') + 1).toLowerCase();
    if (!KNOWN_TLDS.has(tld) || (FILE_EXTENSIONS.has(tld) && !host.toLowerCase().startsWith('www.'))) continue;
    PORT_AND_PATH.lastIndex = end;
    const tail = PORT_AND_PATH.exec(text)?.[0] ?? '';
    const url = trimUrlEnd(host + tail);
    found.push({ start, url });
    dot = start + url.length;
  }
  return found;
}

/**
 * Every URL in a text, with where it stands: markdown images, links and reference definitions, HTML `src`/`href`
 * attributes, URLs with a scheme, `javascript:`/`vbscript:`/`data:` URIs, and bare domains (`evil.example/path`,
 * not `setup.py`). A URL found in a markdown or HTML construct is not reported again as a raw URL.
 *
 * @example extractUrls('see ![x](https://a.example/p.png?d=1)')[0].context // 'markdown_image'
 */
export function extractUrls(text: string): ExtractedUrl[] {
  const found: ExtractedUrl[] = [];
  // Units already inside a found URL: checking a range costs its length, so many URLs stay linear.
  let claimed: Uint8Array | undefined;
  const add = (start: number, url: string, context: UrlContext): void => {
    if (url === '') return;
    const end = start + url.length;
    claimed ??= new Uint8Array(text.length);
    for (let i = start; i < end; i++) if (claimed[i] === 1) return;
    claimed.fill(1, start, end);
    found.push({ start, end, url, context });
  };

  if (text.includes('](')) {
    for (const match of text.matchAll(MARKDOWN)) {
      const url = match[2] ?? '';
      add(match.index + match[0].indexOf(url, 1), url, match[1] === '!' ? 'markdown_image' : 'markdown_link');
    }
  }
  if (text.includes(']:')) {
    for (const match of text.matchAll(MARKDOWN_REFERENCE)) {
      const url = match[1] ?? '';
      add(match.index + match[0].lastIndexOf(url), url, 'markdown_reference');
    }
  }
  if (text.includes('<')) {
    for (const match of text.matchAll(HTML)) {
      const url = (match[2] ?? match[3] ?? match[4] ?? '').trim();
      if (url === '') continue;
      const tag = (match[1] ?? '').toLowerCase();
      const loadsItself = tag !== 'a' && tag !== 'form';
      add(match.index + match[0].lastIndexOf(url), url, loadsItself ? 'html_image' : 'html_link');
    }
  }
  if (text.includes('://')) {
    for (const match of text.matchAll(SCHEME_URL)) add(match.index, trimUrlEnd(match[0]), 'raw');
  }
  if (text.includes(':')) {
    for (const match of text.matchAll(SCRIPT_URI)) add(match.index, trimUrlEnd(match[0]), 'raw');
  }
  for (const bare of findBareDomains(text)) add(bare.start, bare.url, 'bare');
  return found.sort((a, b) => a.start - b.start);
}
