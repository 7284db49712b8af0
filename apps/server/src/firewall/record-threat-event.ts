import { newId } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import type { Direction, Verdict } from '@sigmacode/firewall';
import { recordAudit } from '../audit/record-audit.js';
import { maskExcerpt } from './mask-excerpt.js';

/** Where a checked text came from. */
export interface ThreatContext {
  organizationId: string;
  appId?: string | null;
  requestId?: string | null;
  /** `openai`, `dify`, `console`. */
  api: string;
  direction: Direction;
}

/**
 * Whether a verdict is worth an event: it blocked or redacted, or in shadow mode would have, or any finding acted.
 * Findings only reported (action `allow`, below threshold) are not events.
 *
 * @example if (isThreat(verdict)) await recordThreatEvent({ db, context, verdict, text })
 */
export function isThreat(verdict: Verdict): boolean {
  return verdict.action !== 'allow' || verdict.findings.some((finding) => finding.action !== 'allow');
}

/**
 * Stores a block, redaction or shadow hit: detectors, categories, findings (never the matched values), a masked
 * excerpt and the latency. Returns the event id, or null when the verdict is not a threat.
 *
 * @example await recordThreatEvent({ db, context: { organizationId, api: 'openai', direction: 'input' }, verdict, text })
 */
export async function recordThreatEvent({
  db,
  context,
  verdict,
  text,
}: {
  db: Db;
  context: ThreatContext;
  verdict: Verdict;
  text: string;
}): Promise<string | null> {
  if (!isThreat(verdict)) return null;
  const acting = verdict.findings.filter((finding) => finding.action !== 'allow');
  const id = newId('thr');
  const detectors = [...new Set(acting.map((finding) => finding.detector))];
  const categories = [...new Set(acting.map((finding) => finding.category))];
  const event: typeof schema.threatEvents.$inferInsert = {
    id,
    organizationId: context.organizationId,
    appId: context.appId ?? null,
    requestId: context.requestId ?? null,
    api: context.api,
    direction: context.direction,
    mode: verdict.shadow ? 'shadow' : 'enforce',
    action: verdict.action,
    detectors,
    categories,
    findings: verdict.findings.map((finding) => ({
      detector: finding.detector,
      category: finding.category,
      severity: finding.severity,
      ...(finding.type ? { type: finding.type } : {}),
      score: finding.score,
      action: finding.action,
      message: finding.message,
    })),
    score: verdict.score,
    excerpt: maskExcerpt({ text, findings: verdict.findings }),
    latencyMs: verdict.latencyMs,
  };
  if (verdict.action !== 'block' || verdict.shadow) {
    await db.insert(schema.threatEvents).values(event);
    return id;
  }
  // An enforced block is also an audit entry, written with the event: both are stored or neither is.
  await db.transaction(async (tx) => {
    await tx.insert(schema.threatEvents).values(event);
    await recordAudit({
      db,
      tx,
      event: {
        action: 'firewall.blocked',
        organizationId: context.organizationId,
        targetType: context.appId ? 'app' : 'organization',
        targetId: context.appId ?? context.organizationId,
        requestId: context.requestId ?? null,
        details: { threatEventId: id, api: context.api, direction: context.direction, detectors, categories },
      },
    });
  });
  return id;
}
