import type { AuditVerification } from './audit-verification.js';

/**
 * The text `audit verify` prints: the tally (`n/n entries valid, k/k checkpoints valid`), then one line per problem
 * naming the chain, the seq and the entry or checkpoint, and what differs.
 *
 * @example
 * process.stdout.write(formatAuditVerification(result))
 */
export function formatAuditVerification(result: AuditVerification): string {
  const { entries, checkpoints } = result;
  const lines = [
    `${entries.valid}/${entries.total} entries valid, ${checkpoints.valid}/${checkpoints.total} checkpoints valid`,
  ];
  if (result.ok) return `${lines[0]}\n`;
  lines.push(`AUDIT CHAIN BROKEN: ${result.problems.length} problem(s)`);
  for (const problem of result.problems) {
    const where = [
      `chain ${problem.chain}`,
      problem.seq !== null ? `seq ${problem.seq}` : null,
      problem.entryId ? `entry ${problem.entryId}` : null,
      problem.checkpointId ? `checkpoint ${problem.checkpointId}` : null,
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(`  [${problem.kind}] ${where}: ${problem.message}`);
  }
  return `${lines.join('\n')}\n`;
}
