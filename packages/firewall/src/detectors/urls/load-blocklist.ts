/**
 * A domain blocklist kept as one sorted, newline-separated string and a table of line offsets, searched by binary
 * search without allocating: the shipped list of ~236,000 entries costs about 5 MB in memory this way, against
 * roughly three times that as a Set of strings, and loads in milliseconds.
 */
export interface Blocklist {
  readonly size: number;
  /** The listed entry that covers `host` — the host itself or one of its parent domains — or undefined. */
  matchHost(host: string): string | undefined;
  /** The listed `host/path` prefix that `hostAndPath` (lowercase, no scheme) starts with, or undefined. */
  matchUrl(hostAndPath: string): string | undefined;
}

const PLAIN_ENTRY = /^[a-z0-9._-]+(?:\/\S*)?$/;
// Anything but these (uppercase, spaces, `#` comments, `:` of schemes and ports…): the text needs normalizing first.
const NOT_NORMALIZED = /[^a-z0-9._\-/\n%?=&~+;,!@$*'()]/;

/** Normalizes a list line: lowercase, no scheme, no `*.` prefix, no port, no trailing dot. Empty for comments. */
function normalizeEntry(line: string): string {
  let entry = line.trim().toLowerCase();
  if (entry === '' || entry.startsWith('#')) return '';
  entry = entry.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^\*?\./, '');
  const slash = entry.indexOf('/');
  const host = (slash === -1 ? entry : entry.slice(0, slash)).replace(/:\d+$/, '').replace(/\.$/, '');
  const path = slash === -1 ? '' : entry.slice(slash);
  return path.length > 1 ? host + path : host;
}

/** Whether `text` is already one normalized entry per line, strictly increasing — the shape of the shipped files. */
function isSortedPlainList(text: string, offsets: Int32Array, count: number): boolean {
  for (let i = 0; i < count; i++) {
    const start = offsets[i] ?? 0;
    const end = (offsets[i + 1] ?? text.length + 1) - 1;
    if (end <= start) return false;
    if (i > 0 && compareRanges(text, offsets[i - 1] ?? 0, start - 1, start, end) >= 0) return false;
  }
  return true;
}

function compareRanges(text: string, aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  const length = Math.min(aEnd - aStart, bEnd - bStart);
  for (let k = 0; k < length; k++) {
    const diff = text.charCodeAt(aStart + k) - text.charCodeAt(bStart + k);
    if (diff !== 0) return diff;
  }
  return aEnd - aStart - (bEnd - bStart);
}

function lineOffsets(text: string): { offsets: Int32Array; count: number } {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  if (!text.endsWith('\n') && text.length > 0) count++;
  // offsets[i] = start of line i; offsets[count] = one past the last newline, so line i ends at offsets[i + 1] - 1.
  const offsets = new Int32Array(count + 1);
  let line = 0;
  offsets[0] = 0;
  for (let i = text.indexOf('\n'); i !== -1 && line < count; i = text.indexOf('\n', i + 1)) offsets[++line] = i + 1;
  if (line < count) offsets[count] = text.length + 1;
  return { offsets, count };
}

/**
 * Builds a blocklist from text: one domain (`evil.example`) or URL prefix (`host.example/path`) per line, `#`
 * comments allowed; schemes, ports, `*.` and case are normalized away. A domain covers its subdomains.
 *
 * @example
 * const list = loadBlocklist({ text: 'evil.example\n# comment\nhttps://cdn.example/bad/\n' });
 * list.matchHost('www.evil.example') // 'evil.example'
 * list.matchUrl('cdn.example/bad/x.js') // 'cdn.example/bad/'
 */
export function loadBlocklist({ text }: { text: string }): Blocklist {
  let data = text;
  let { offsets, count } = lineOffsets(data);
  // The shipped files are already normalized and sorted: use them as they are, without copying 4 MB.
  if (NOT_NORMALIZED.test(data) || !isSortedPlainList(data, offsets, count)) {
    const entries = [...new Set(data.split('\n').map(normalizeEntry))]
      .filter((entry) => PLAIN_ENTRY.test(entry))
      .sort();
    data = entries.length > 0 ? `${entries.join('\n')}\n` : '';
    ({ offsets, count } = lineOffsets(data));
  }
  const lineEnd = (index: number): number => (offsets[index + 1] ?? data.length + 1) - 1;

  // URL prefixes are few; keep them apart, by host.
  const prefixes = new Map<string, string[]>();
  for (let at = data.indexOf('/'); at !== -1; ) {
    const lineStart = data.lastIndexOf('\n', at) + 1;
    const lineStop = data.indexOf('\n', at);
    const entry = data.slice(lineStart, lineStop === -1 ? data.length : lineStop);
    const host = entry.slice(0, entry.indexOf('/'));
    prefixes.set(host, [...(prefixes.get(host) ?? []), entry]);
    at = lineStop === -1 ? -1 : data.indexOf('/', lineStop);
  }

  const has = (value: string): boolean => {
    let lo = 0;
    let hi = count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const start = offsets[mid] ?? 0;
      const end = lineEnd(mid);
      // Compare value with data[start, end).
      const length = Math.min(value.length, end - start);
      let diff = 0;
      for (let k = 0; k < length && diff === 0; k++) diff = value.charCodeAt(k) - data.charCodeAt(start + k);
      if (diff === 0) diff = value.length - (end - start);
      if (diff === 0) return true;
      if (diff < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return false;
  };

  return {
    size: count,
    matchHost(host) {
      // The host, then each parent domain with at least two labels.
      let candidate = host.toLowerCase().replace(/\.$/, '');
      for (;;) {
        if (has(candidate)) return candidate;
        const dot = candidate.indexOf('.');
        if (dot === -1 || candidate.indexOf('.', dot + 1) === -1) return undefined;
        candidate = candidate.slice(dot + 1);
      }
    },
    matchUrl(hostAndPath) {
      if (prefixes.size === 0) return undefined;
      const value = hostAndPath.toLowerCase();
      const slash = value.indexOf('/');
      const host = slash === -1 ? value : value.slice(0, slash);
      return prefixes.get(host)?.find((prefix) => value.startsWith(prefix));
    },
  };
}

/**
 * One blocklist answering for several, e.g. the shipped list and an operator's own.
 *
 * @example mergeBlocklists([shipped, loadBlocklist({ text: ownList })])
 */
export function mergeBlocklists(lists: readonly Blocklist[]): Blocklist {
  return {
    size: lists.reduce((sum, list) => sum + list.size, 0),
    matchHost: (host) => {
      for (const list of lists) {
        const match = list.matchHost(host);
        if (match) return match;
      }
      return undefined;
    },
    matchUrl: (hostAndPath) => {
      for (const list of lists) {
        const match = list.matchUrl(hostAndPath);
        if (match) return match;
      }
      return undefined;
    },
  };
}
