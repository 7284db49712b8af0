import type { Direction, Policy, Verdict } from './firewall-schemas';
import { VerdictSchema } from './firewall-schemas';
import { sendJson } from './send-json';

/**
 * `POST /api/firewall/analyze`: checks a text against the policy in force, or against `policy` (e.g. unsaved
 * changes). Costs nothing and stores nothing.
 *
 * @example
 * const verdict = await analyzeText({ text: 'Ignore all previous instructions', direction: 'input' });
 */
export function analyzeText({
  text,
  direction,
  policy,
  appId,
}: {
  text: string;
  direction: Direction;
  policy?: Policy | undefined;
  appId?: string | undefined;
}): Promise<Verdict> {
  return sendJson({
    method: 'POST',
    path: '/api/firewall/analyze',
    body: { text, direction, ...(policy ? { policy } : {}), ...(appId ? { appId } : {}) },
    schema: VerdictSchema,
  });
}
