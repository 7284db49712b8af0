import { createHash } from 'node:crypto';

/** What every provider accepts as a function name (OpenAI's rule is the strictest). */
const SAFE = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The name a model sees for an MCP tool: `<server>__<tool>`. When that is not a safe function name (characters
 * outside `[A-Za-z0-9_-]`, or longer than 64), the unsafe characters become `_`, it is cut to 55 characters and a
 * short hash of the original is appended, so different tools never share a name.
 *
 * @example
 * modelToolName({ server: 'github', tool: 'search_issues' }) // 'github__search_issues'
 * modelToolName({ server: 'docs', tool: 'pages.read' })      // 'docs__pages_read_b966aa85'
 */
export function modelToolName({ server, tool }: { server: string; tool: string }): string {
  const plain = `${server}__${tool}`;
  if (SAFE.test(plain)) return plain;
  const hash = createHash('sha256').update(plain).digest('hex').slice(0, 8);
  return `${plain.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 55)}_${hash}`;
}
