import { AppError } from '@sigmacode/core';
import type { Db } from '@sigmacode/db';
import type { Direction, Policy, PseudonymVault, Verdict } from '@sigmacode/firewall';
import type { FirewallGateway } from '../firewall/firewall-gateway.js';
import { isThreat, recordThreatEvent, type ThreatContext } from '../firewall/record-threat-event.js';
import type { Logger } from '../infra/create-logger.js';
import type { Metrics } from '../observability/create-metrics.js';

/** A text on its way to the model: a user message (`input`) or a document or tool result (`context`). */
export interface GuardedText {
  text: string;
  direction: Direction;
  /**
   * Checked and recorded at an earlier turn already (a kept conversation's history): redacted and blocked as ever,
   * but only a block is recorded and counted again, so a conversation does not repeat its old threats every turn.
   */
  history?: boolean;
}

/**
 * Checks texts before they reach the model. Each threat (block, redaction, shadow hit) is stored as a threat event.
 * A block (in enforce mode) throws CONTENT_BLOCKED with the findings — never the matched values; otherwise the texts
 * come back as they may pass (redacted where the policy says so).
 *
 * @example const [safe] = await guardTexts({ db, firewall, policy, texts: [{ text, direction: 'input' }], context })
 */
export async function guardTexts({
  db,
  logger,
  firewall,
  policy,
  texts,
  context,
  vault,
  systemPrompt,
  metrics,
}: {
  db: Db;
  logger: Logger;
  metrics?: Metrics;
  firewall: FirewallGateway;
  policy: Policy;
  texts: readonly GuardedText[];
  context: Omit<ThreatContext, 'direction'>;
  vault?: PseudonymVault;
  systemPrompt?: string;
}): Promise<string[]> {
  if (policy.mode === 'off') return texts.map((item) => item.text);
  const verdicts: Verdict[] = await Promise.all(
    texts.map((item) =>
      firewall.analyze({
        text: item.text,
        direction: item.direction,
        policy,
        ...(vault ? { vault } : {}),
        ...(systemPrompt ? { systemPrompt } : {}),
      }),
    ),
  );
  const recorded = (verdict: Verdict, item: GuardedText) => !item.history || !verdict.allowed;
  if (metrics) {
    for (const [index, verdict] of verdicts.entries()) {
      const item = texts[index] as GuardedText;
      metrics.firewallSeconds.observe({ direction: item.direction }, verdict.latencyMs / 1000);
      if (recorded(verdict, item)) countFindings({ metrics, verdict, direction: item.direction });
    }
  }
  const threats = verdicts
    .map((verdict, index) => ({ verdict, item: texts[index] as GuardedText }))
    .filter(({ verdict, item }) => isThreat(verdict) && recorded(verdict, item));
  if (threats.length > 0) {
    // Stored before answering, so a block is always on record; a storage failure must not let a blocked text pass.
    await Promise.all(
      threats.map(({ verdict, item }) =>
        recordThreatEvent({ db, context: { ...context, direction: item.direction }, verdict, text: item.text }).catch(
          (error: unknown) => logger.error({ err: error }, 'could not store a threat event'),
        ),
      ),
    );
  }
  const blocked = verdicts.find((verdict) => !verdict.allowed);
  if (blocked) throw contentBlocked(blocked, 'input');
  return verdicts.map((verdict, index) => verdict.redactedText ?? (texts[index] as GuardedText).text);
}

/**
 * The error for a blocked text: CONTENT_BLOCKED (403; OpenAI code `content_blocked`) naming the detectors and
 * categories, never the matched values.
 *
 * @example throw contentBlocked(verdict, 'output')
 */
export function contentBlocked(verdict: Verdict, where: 'input' | 'output'): AppError {
  const acting = verdict.findings.filter((finding) => finding.action === 'block');
  const categories = [...new Set(acting.map((finding) => finding.category))];
  return new AppError('CONTENT_BLOCKED', {
    message:
      where === 'input'
        ? `The request was blocked by the firewall (${categories.join(', ') || 'policy'}).`
        : `The answer was blocked by the firewall (${categories.join(', ') || 'policy'}).`,
    details: {
      categories,
      detectors: [...new Set(acting.map((finding) => finding.detector))],
    },
  });
}

/**
 * Counts a verdict's acting findings (block, redact; in shadow mode what would have acted) in the metrics.
 *
 * @example countFindings({ metrics, verdict, direction: 'input' })
 */
export function countFindings({
  metrics,
  verdict,
  direction,
}: {
  metrics: Metrics;
  verdict: Pick<Verdict, 'findings' | 'shadow'>;
  direction: string;
}): void {
  const mode = verdict.shadow ? 'shadow' : 'enforce';
  for (const finding of verdict.findings) {
    if (finding.action === 'allow') continue;
    metrics.firewallFindings.inc({ detector: finding.detector, action: finding.action, direction, mode });
  }
}
