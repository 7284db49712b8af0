/**
 * Reads `NAME=value` (or `Name: value`) lines into a record, for MCP headers and environment variables. Blank lines
 * are skipped; a line without a separator or with an empty name is reported by its number (1-based).
 *
 * @example
 * parsePairs({ text: 'Authorization: Bearer x\nX-Team=core', separators: [':', '='] })
 * // { ok: true, pairs: { Authorization: 'Bearer x', 'X-Team': 'core' } }
 */
export function parsePairs({
  text,
  separators,
}: {
  text: string;
  separators: readonly string[];
}): { ok: true; pairs: Record<string, string> } | { ok: false; line: number } {
  const pairs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = (lines[index] ?? '').trim();
    if (!line) continue;
    const positions = separators.map((separator) => line.indexOf(separator)).filter((position) => position > 0);
    if (positions.length === 0) return { ok: false, line: index + 1 };
    const at = Math.min(...positions);
    const name = line.slice(0, at).trim();
    if (!name) return { ok: false, line: index + 1 };
    pairs[name] = line.slice(at + 1).trim();
  }
  return { ok: true, pairs };
}

/**
 * Splits a command line's arguments on whitespace, keeping double- or single-quoted parts together.
 *
 * @example
 * splitArgs('-y @modelcontextprotocol/server-everything "a b"') // ['-y', '@modelcontextprotocol/server-everything', 'a b']
 */
export function splitArgs(text: string): string[] {
  const args: string[] = [];
  for (const match of text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) {
    args.push(match[1] ?? match[2] ?? match[3] ?? '');
  }
  return args;
}
