/** What the last user message asks of the echo model. */
export type EchoDirective =
  | { kind: 'echo' }
  | { kind: 'fail' }
  | { kind: 'fail-after'; chunks: number }
  | { kind: 'tools'; calls: Array<{ toolName: string; input: string }> };

const TOOL = /^\/tool\s+(\S+)(?:\s+(.*))?$/;
const FAIL_AFTER = /^\/fail-after\s+(\d{1,6})\b/;

/**
 * Reads the directives of a user message, each on a line of its own:
 * `/fail` (fail before any output), `/fail-after <n>` (fail after n chunks) and `/tool <name> <json-args>`
 * (one tool call per line; missing arguments mean `{}`). `/fail` wins over `/fail-after`, which wins over `/tool`.
 *
 * @example
 * parseEchoDirectives('/tool calculator {"expression":"1+2"}')
 * // { kind: 'tools', calls: [{ toolName: 'calculator', input: '{"expression":"1+2"}' }] }
 */
export function parseEchoDirectives(text: string): EchoDirective {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  if (lines.some((line) => line === '/fail' || line.startsWith('/fail '))) return { kind: 'fail' };
  for (const line of lines) {
    const match = FAIL_AFTER.exec(line);
    if (match) return { kind: 'fail-after', chunks: Number(match[1]) };
  }
  const calls = lines.flatMap((line) => {
    const match = TOOL.exec(line);
    if (!match?.[1]) return [];
    return [{ toolName: match[1], input: match[2]?.trim() || '{}' }];
  });
  return calls.length > 0 ? { kind: 'tools', calls } : { kind: 'echo' };
}
