import type { Finding, Policy, Verdict } from '@sigmacode/firewall';
import { recordThreatEvent } from '../firewall/record-threat-event.js';
import type { OutputGuardReport } from './guard-output-parts.js';
import type { PipelineDeps } from './pipeline-deps.js';

/**
 * Stores a threat event for what the output firewall did to a streamed answer (nothing when it found nothing that
 * acts). In enforce mode the released text is already redacted, so findings lose their offsets.
 *
 * @example await recordOutputThreat({ deps, context, report, policy })
 */
export async function recordOutputThreat({
  deps,
  context,
  report,
  policy,
}: {
  deps: PipelineDeps;
  context: { organizationId: string; appId: string | null; requestId: string; api: string };
  report: Pick<OutputGuardReport, 'findings' | 'text' | 'scanMs'>;
  policy: Policy;
}): Promise<void> {
  const acting = report.findings.filter((finding: Finding) => finding.action !== 'allow');
  if (acting.length === 0) return;
  const action = acting.some((finding) => finding.action === 'block') ? 'block' : 'redact';
  const verdict: Verdict = {
    allowed: action !== 'block' || policy.mode === 'shadow',
    action,
    score: report.findings.reduce((max, finding) => Math.max(max, finding.score), 0),
    // In enforce mode the released text is already redacted, so offsets into the raw answer would mask the wrong
    // stretch of it; in shadow mode the released text is the raw answer and the offsets mask it.
    findings:
      policy.mode === 'shadow'
        ? report.findings
        : report.findings.map(({ start: _start, end: _end, ...finding }) => finding),
    latencyMs: Math.round(report.scanMs * 1000) / 1000,
    ...(policy.mode === 'shadow' ? { shadow: true as const } : {}),
  };
  await recordThreatEvent({ db: deps.db, context: { ...context, direction: 'output' }, verdict, text: report.text });
}
