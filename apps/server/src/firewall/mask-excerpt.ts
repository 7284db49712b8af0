import { type Finding, redactText, replacementFor } from '@sigmacode/firewall';

const MASKED_CATEGORIES = new Set(['pii', 'secret']);

/**
 * A short stretch of a checked text to store with its threat event: every PII and secret finding is masked (whatever
 * the policy did with it), then about `length` characters around the first finding are kept, so operators see what
 * was caught without the event becoming a copy of the data it protects.
 *
 * @example maskExcerpt({ text: 'key AKIA…', findings }) // 'key [SECRET]'
 */
export function maskExcerpt({
  text,
  findings,
  length = 280,
}: {
  text: string;
  findings: readonly Finding[];
  length?: number;
}): string {
  const masked = findings.filter(
    (finding) => MASKED_CATEGORIES.has(finding.category) && finding.start !== undefined && finding.end !== undefined,
  );
  const replacements = masked.map((finding) => ({
    start: finding.start as number,
    end: finding.end as number,
    text: replacementFor(finding) || '[MASKED]',
  }));
  const maskedText = replacements.length > 0 ? redactText({ text, replacements }) : text;
  if (maskedText.length <= length) return maskedText;
  // Centre on the first located finding, in masked coordinates (masks before it change the offsets).
  const first = findings.find((finding) => finding.start !== undefined);
  let anchor = 0;
  if (first?.start !== undefined) {
    const shift = replacements
      .filter((replacement) => replacement.end <= (first.start as number))
      .reduce((sum, replacement) => sum + replacement.text.length - (replacement.end - replacement.start), 0);
    anchor = Math.max(0, first.start + shift - Math.floor(length / 4));
  }
  const start = Math.min(anchor, maskedText.length - length);
  return `${start > 0 ? '…' : ''}${maskedText.slice(start, start + length)}${start + length < maskedText.length ? '…' : ''}`;
}
