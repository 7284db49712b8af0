/**
 * A reader for the subset of TOML that gitleaks' config uses — comments, `[table]`, `[[array.of.tables]]`,
 * `key = value` with strings ('literal', "basic", '''multi-line literal'''), numbers, booleans and (multi-line)
 * arrays of those. No TOML package is installed, and this subset is small enough to read by hand.
 */

export type TomlValue = string | number | boolean | TomlValue[] | TomlTable;
export interface TomlTable {
  [key: string]: TomlValue;
}

export function parseGitleaksToml(source: string): TomlTable {
  const root: TomlTable = {};
  let current: TomlTable = root;
  let pos = 0;

  const fail = (message: string): never => {
    const line = source.slice(0, pos).split('\n').length;
    throw new Error(`gitleaks.toml line ${line}: ${message}`);
  };

  const skipSpaceAndComments = (newlines: boolean): void => {
    while (pos < source.length) {
      const ch = source[pos];
      if (ch === ' ' || ch === '\t' || ch === '\r' || (newlines && ch === '\n')) pos++;
      else if (ch === '#') while (pos < source.length && source[pos] !== '\n') pos++;
      else break;
    }
  };

  const readKey = (): string => {
    const match = /^[A-Za-z0-9_.-]+/.exec(source.slice(pos, pos + 200));
    if (!match) return fail('expected a key');
    pos += match[0].length;
    return match[0];
  };

  const readString = (): string => {
    if (source.startsWith("'''", pos)) {
      const end = source.indexOf("'''", pos + 3);
      if (end === -1) fail('unterminated multi-line string');
      let value = source.slice(pos + 3, end);
      if (value.startsWith('\n')) value = value.slice(1);
      pos = end + 3;
      return value;
    }
    if (source[pos] === "'") {
      const end = source.indexOf("'", pos + 1);
      const value = source.slice(pos + 1, end);
      pos = end + 1;
      return value;
    }
    // Basic string: gitleaks uses only simple escapes in them.
    pos++;
    let value = '';
    while (pos < source.length && source[pos] !== '"') {
      if (source[pos] === '\\') {
        const next = source[pos + 1];
        const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };
        const mapped = next === undefined ? undefined : escapes[next];
        if (mapped === undefined) fail(`unsupported escape \\${next}`);
        value += mapped;
        pos += 2;
      } else value += source[pos++];
    }
    pos++;
    return value;
  };

  const readValue = (): TomlValue => {
    skipSpaceAndComments(false);
    const ch = source[pos];
    if (ch === "'" || ch === '"') return readString();
    if (ch === '[') {
      pos++;
      const items: TomlValue[] = [];
      for (;;) {
        skipSpaceAndComments(true);
        if (source[pos] === ']') {
          pos++;
          return items;
        }
        items.push(readValue());
        skipSpaceAndComments(true);
        if (source[pos] === ',') pos++;
      }
    }
    const match = /^(true|false|-?\d+(?:\.\d+)?)/.exec(source.slice(pos, pos + 40));
    if (!match?.[1]) return fail('unsupported value');
    pos += match[1].length;
    if (match[1] === 'true' || match[1] === 'false') return match[1] === 'true';
    return Number(match[1]);
  };

  const tableAt = (path: string[], append: boolean): TomlTable => {
    let table = root;
    path.forEach((part, index) => {
      const last = index === path.length - 1;
      const existing = table[part];
      if (last && append) {
        const list = Array.isArray(existing) ? existing : [];
        const next: TomlTable = {};
        list.push(next);
        table[part] = list;
        table = next;
        return;
      }
      if (Array.isArray(existing)) {
        const tail = existing[existing.length - 1];
        if (!tail || typeof tail !== 'object' || Array.isArray(tail)) fail(`${part} is not a table array`);
        table = tail as TomlTable;
      } else if (existing && typeof existing === 'object') table = existing;
      else {
        const next: TomlTable = {};
        table[part] = next;
        table = next;
      }
    });
    return table;
  };

  for (;;) {
    skipSpaceAndComments(true);
    if (pos >= source.length) return root;
    if (source.startsWith('[[', pos)) {
      pos += 2;
      const name = readKey();
      pos += 2;
      current = tableAt(name.split('.'), true);
    } else if (source[pos] === '[') {
      pos++;
      const name = readKey();
      pos++;
      current = tableAt(name.split('.'), false);
    } else {
      const key = readKey();
      skipSpaceAndComments(false);
      if (source[pos] !== '=') fail(`expected = after ${key}`);
      pos++;
      current[key] = readValue();
    }
  }
}
