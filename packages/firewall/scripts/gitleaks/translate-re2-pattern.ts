/**
 * Translates a Go RE2 pattern (as gitleaks writes them) into a JavaScript RegExp source and flags.
 *
 * What differs, and what this does about it:
 * - Inline flags. `(?i)` at the very start with no other flag group → the JS `i` flag. Anywhere else — `(?i)` in the
 *   middle (`\bEZAK(?i)[a-z0-9]{54}`), `(?i:…)`, `(?-i:…)` — Node 20 has no inline modifiers, so case-insensitivity is
 *   spelt out: a letter `a` becomes `[aA]` and a class `[a-f0-9]` becomes `[a-fA-F0-9]`, exactly RE2's (ASCII) folding.
 *   `(?s)` / `(?s:…)` turn `.` into `[\s\S]` in their scope.
 * - POSIX classes `[[:alnum:]]` → their ASCII ranges. `\z` → `$` and `\A` → `^` (JS without the `m` flag has the
 *   same meaning). `\x{HHHH}` → `\uHHHH`. `(?P<name>` → `(?<name>`. `\Q…\E` → escaped literal.
 * - Unicode classes (`\p{…}`) would need the `u` flag, which changes escaping rules: such patterns are refused.
 * Anything not understood throws, and the caller skips the rule.
 */

export interface TranslatedPattern {
  source: string;
  flags: string;
  /** Number of capturing groups, to know whether a secret group exists. */
  groups: number;
}

const POSIX: Record<string, string> = {
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  digit: '0-9',
  xdigit: '0-9A-Fa-f',
  upper: 'A-Z',
  lower: 'a-z',
  word: '\\w',
  space: '\\t\\n\\v\\f\\r ',
  punct: '!-\\/:-@\\[-`{-~',
};

interface Flags {
  i: boolean;
  s: boolean;
}

function isLetter(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

function escapeLiteral(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

/** Adds the other-case counterparts of the letters in the range [lo, hi] (code points). */
function foldRange(lo: number, hi: number): string {
  let extra = '';
  const add = (from: number, to: number, delta: number): void => {
    const a = Math.max(lo, from);
    const b = Math.min(hi, to);
    if (a > b) return;
    extra +=
      a === b ? String.fromCharCode(a + delta) : `${String.fromCharCode(a + delta)}-${String.fromCharCode(b + delta)}`;
  };
  add(97, 122, -32); // a-z → A-Z
  add(65, 90, 32); // A-Z → a-z
  return extra;
}

export function translateRe2Pattern(pattern: string): TranslatedPattern {
  let body = pattern;
  let globalI = false;
  if (body.startsWith('(?i)') && !/\(\?-?[a-z]*[is][a-z]*[):]/.test(body.slice(4))) {
    globalI = true;
    body = body.slice(4);
  }

  let out = '';
  let groups = 0;
  let pos = 0;
  const stack: Flags[] = [];
  let flags: Flags = { i: false, s: false };

  const fail = (message: string): never => {
    throw new Error(`${message} at ${pos} in ${pattern}`);
  };

  const readClass = (): string => {
    // pos is just after '['
    let negate = '';
    if (body[pos] === '^') {
      negate = '^';
      pos++;
    }
    let items = '';
    let extra = '';
    let first = true;
    while (pos < body.length) {
      const ch = body[pos];
      if (ch === ']' && !first) {
        pos++;
        return `[${negate}${items}${extra}]`;
      }
      first = false;
      if (ch === '[' && body[pos + 1] === ':') {
        const end = body.indexOf(':]', pos + 2);
        const name = body.slice(pos + 2, end);
        const posix = POSIX[name];
        if (end === -1 || posix === undefined) fail(`unknown POSIX class ${name}`);
        items += posix;
        pos = end + 2;
        continue;
      }
      if (ch === '\\') {
        const next = body[pos + 1] ?? '';
        if (next === 'p' || next === 'P') fail('unicode class');
        if (next === 'x' && body[pos + 2] === '{') {
          const end = body.indexOf('}', pos);
          items += `\\u${body.slice(pos + 3, end).padStart(4, '0')}`;
          pos = end + 1;
          continue;
        }
        items += `\\${next}`;
        pos += 2;
        continue;
      }
      // A literal, maybe the start of a range.
      const lo = ch ?? '';
      if (body[pos + 1] === '-' && body[pos + 2] !== undefined && body[pos + 2] !== ']') {
        let hi = body[pos + 2] ?? '';
        let consumed = 3;
        if (hi === '\\') {
          hi = body[pos + 3] ?? '';
          consumed = 4;
          if (!/[^a-zA-Z0-9]/.test(hi)) fail('escaped class range end');
        }
        items += `${lo === '[' || lo === ']' ? `\\${lo}` : lo}-${/[\]\\^-]/.test(hi) ? `\\${hi}` : hi}`;
        if (flags.i) extra += foldRange(lo.charCodeAt(0), hi.charCodeAt(0));
        pos += consumed;
        continue;
      }
      items += lo === '[' ? '\\[' : lo === '^' ? '\\^' : lo;
      if (flags.i && isLetter(lo)) extra += foldRange(lo.charCodeAt(0), lo.charCodeAt(0));
      pos++;
    }
    return fail('unterminated class');
  };

  while (pos < body.length) {
    const ch = body[pos] ?? '';
    if (ch === '\\') {
      const next = body[pos + 1] ?? '';
      if (next === 'z') out += '$';
      else if (next === 'A') out += '^';
      else if (next === 'p' || next === 'P') fail('unicode class');
      else if (next === 'Q') {
        const end = body.indexOf('\\E', pos);
        const literal = body.slice(pos + 2, end === -1 ? body.length : end);
        for (const c of literal)
          out += flags.i && isLetter(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : escapeLiteral(c);
        pos = end === -1 ? body.length : end + 2;
        continue;
      } else if (next === 'x' && body[pos + 2] === '{') {
        const end = body.indexOf('}', pos);
        out += `\\u${body.slice(pos + 3, end).padStart(4, '0')}`;
        pos = end + 1;
        continue;
      } else if (/[1-9]/.test(next)) fail('backreference');
      else out += `\\${next}`;
      pos += 2;
      continue;
    }
    if (ch === '[') {
      pos++;
      out += readClass();
      continue;
    }
    if (ch === '(') {
      if (body[pos + 1] !== '?') {
        groups++;
        stack.push(flags);
        out += '(';
        pos++;
        continue;
      }
      const named = /^\(\?P?<([A-Za-z_]\w*)>/.exec(body.slice(pos));
      if (named) {
        groups++;
        stack.push(flags);
        out += `(?<${named[1]}>`;
        pos += named[0].length;
        continue;
      }
      const flagGroup = /^\(\?([a-zA-Z]*)(?:-([a-zA-Z]*))?([):])/.exec(body.slice(pos));
      if (!flagGroup) return fail('unsupported group');
      const on = flagGroup[1] ?? '';
      const off = flagGroup[2] ?? '';
      if (/[^is]/.test(on + off)) fail(`unsupported flag ${on}${off}`);
      const next: Flags = {
        i: off.includes('i') ? false : on.includes('i') ? true : flags.i,
        s: off.includes('s') ? false : on.includes('s') ? true : flags.s,
      };
      pos += flagGroup[0].length;
      if (flagGroup[3] === ')')
        flags = next; // (?i) — applies to the rest of the enclosing group
      else {
        stack.push(flags);
        flags = next;
        out += '(?:';
      }
      continue;
    }
    if (ch === ')') {
      const restored = stack.pop();
      if (!restored) return fail('unbalanced )');
      flags = restored;
      out += ')';
      pos++;
      continue;
    }
    if (ch === '.') {
      out += flags.s ? '[\\s\\S]' : '.';
      pos++;
      continue;
    }
    if (ch === '/') {
      out += '\\/';
      pos++;
      continue;
    }
    if (flags.i && isLetter(ch)) {
      out += `[${ch.toLowerCase()}${ch.toUpperCase()}]`;
      pos++;
      continue;
    }
    out += ch;
    pos++;
  }
  if (stack.length > 0) fail('unbalanced (');
  // Validate that JavaScript accepts the result.
  new RegExp(out, globalI ? 'i' : '');
  return { source: out, flags: globalI ? 'i' : '', groups };
}
