import { decodeEntities } from './decode-entities.js';

/** Elements whose content is never text for a reader: skipped with everything inside. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'textarea',
  'select',
]);
/** Elements that start and end a block of text. */
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'nav',
  'aside',
  'blockquote',
  'pre',
  'form',
  'figure',
  'figcaption',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'ul',
  'ol',
  'dl',
  'address',
  'details',
  'summary',
  'fieldset',
  'hr',
  'caption',
  'body',
  'html',
]);
const LINE_BREAKS = new Set(['br', 'tr', 'dt', 'dd', 'option']);

/** A page as readable text. */
export interface PageText {
  title: string;
  text: string;
}

/**
 * Turns HTML into readable plain text in one linear pass (no regex backtracking over the page): drops scripts,
 * styles and other non-text elements, comments and tags; keeps headings (as `#`, `##`, … lines), paragraphs,
 * list items (`- `), table cells (` | `), link text followed by its absolute URL, and image alt text; decodes
 * entities; collapses whitespace outside `<pre>`.
 *
 * @example
 * htmlToText({ html: '<h1>Hi</h1><p>See <a href="/docs">docs</a></p>', baseUrl: 'https://x.test/' }).text
 * // '# Hi\n\nSee docs (https://x.test/docs)'
 */
export function htmlToText({ html, baseUrl }: { html: string; baseUrl?: string }): PageText {
  const lower = html.toLowerCase();
  const out: string[] = [];
  const links: Array<string | undefined> = [];
  let title = '';
  let preDepth = 0;
  let index = 0;

  const append = (text: string) => {
    if (preDepth > 0) {
      out.push(text);
      return;
    }
    let collapsed = text.replace(/[ \t\n\f\r]+/g, ' ');
    const last = out.at(-1) ?? '\n';
    if (collapsed.startsWith(' ') && (last.endsWith(' ') || last.endsWith('\n'))) collapsed = collapsed.slice(1);
    if (collapsed) out.push(collapsed);
  };
  const breakLine = (lines: 1 | 2) => out.push(lines === 2 ? '\n\n' : '\n');

  while (index < html.length) {
    const lt = html.indexOf('<', index);
    if (lt === -1) {
      append(decodeEntities(html.slice(index)));
      break;
    }
    if (lt > index) append(decodeEntities(html.slice(index, lt)));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      index = end === -1 ? html.length : end + 3;
      continue;
    }
    const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(lt, lt + 80));
    if (!tag) {
      if (html[lt + 1] === '!' || html[lt + 1] === '?') {
        const end = html.indexOf('>', lt);
        index = end === -1 ? html.length : end + 1;
      } else {
        append('<');
        index = lt + 1;
      }
      continue;
    }
    const end = tagEnd({ html, from: lt + tag[0].length });
    const attributes = html.slice(lt + tag[0].length, end);
    index = end + 1;
    const closing = tag[1] === '/';
    const name = (tag[2] ?? '').toLowerCase();

    if (!closing && (SKIPPED.has(name) || name === 'title')) {
      const close = lower.indexOf(`</${name}`, index);
      const inner = html.slice(index, close === -1 ? html.length : close);
      if (name === 'title' && !title) title = decodeEntities(inner).replace(/\s+/g, ' ').trim();
      const closeEnd = close === -1 ? -1 : html.indexOf('>', close);
      index = closeEnd === -1 ? html.length : closeEnd + 1;
      continue;
    }

    if (/^h[1-6]$/.test(name)) {
      breakLine(2);
      if (!closing) out.push(`${'#'.repeat(Number(name[1]))} `);
    } else if (name === 'li') {
      if (!closing) out.push('\n- ');
    } else if (name === 'td' || name === 'th') {
      if (!closing) out.push(' | ');
    } else if (name === 'a') {
      if (!closing) links.push(attribute({ attributes, name: 'href' }));
      else {
        const href = links.pop();
        const url = href ? absoluteUrl({ href, baseUrl }) : undefined;
        if (url && !out.at(-1)?.trimEnd().endsWith(url)) append(` (${url})`);
      }
    } else if (name === 'img' && !closing) {
      const alt = attribute({ attributes, name: 'alt' });
      if (alt) append(` [image: ${decodeEntities(alt)}] `);
    } else if (name === 'pre') {
      breakLine(2);
      preDepth = Math.max(0, preDepth + (closing ? -1 : 1));
    } else if (BLOCKS.has(name)) {
      breakLine(2);
    } else if (LINE_BREAKS.has(name)) {
      breakLine(1);
    }
  }

  const text = out
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n (?=\S)/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { title, text };
}

/** Index of the `>` that ends a tag, skipping quoted attribute values; the end of the input when there is none. */
function tagEnd({ html, from }: { html: string; from: number }): number {
  let quote: string | undefined;
  for (let at = from; at < html.length; at += 1) {
    const char = html[at];
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '>') return at;
  }
  return html.length;
}

function attribute({ attributes, name }: { attributes: string; name: string }): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

function absoluteUrl({ href, baseUrl }: { href: string; baseUrl: string | undefined }): string | undefined {
  const trimmed = decodeEntities(href.trim());
  if (trimmed.startsWith('#')) return undefined;
  try {
    const url = new URL(trimmed, baseUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
