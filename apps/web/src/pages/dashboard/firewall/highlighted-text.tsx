import type { Finding } from '../../../api/firewall-schemas';
import { cx } from '../../../components/ui';
import { highlightFindings } from './highlight-findings';

const STRENGTH = { allow: 0, redact: 1, block: 2 } as const;
const MARK_CLASSES: Record<Finding['action'], string> = {
  block: 'bg-red-200/80 text-red-950 decoration-red-600 dark:bg-red-900/70 dark:text-red-50',
  redact: 'bg-amber-200/80 text-amber-950 decoration-amber-600 dark:bg-amber-800/60 dark:text-amber-50',
  allow: 'bg-sky-100 text-sky-950 decoration-sky-600 dark:bg-sky-900/60 dark:text-sky-50',
};

/**
 * The analyzed text with each finding marked: the colour is the strongest action among the findings covering a
 * stretch, and the numbers after it point into the findings list.
 *
 * @example
 * <HighlightedText text={text} findings={verdict.findings} />
 */
export function HighlightedText({ text, findings }: { text: string; findings: readonly Finding[] }) {
  const segments = highlightFindings({ text, findings });
  return (
    <p className="whitespace-pre-wrap break-words rounded-lg border border-zinc-200 bg-zinc-50 p-3 font-mono text-sm leading-7 dark:border-zinc-800 dark:bg-zinc-950">
      {segments.map((segment) => {
        if (segment.findings.length === 0) return <span key={segment.start}>{segment.text}</span>;
        const covering = segment.findings.map((index) => findings[index]).filter((f): f is Finding => Boolean(f));
        const strongest = covering.reduce<Finding['action']>(
          (action, finding) => (STRENGTH[finding.action] > STRENGTH[action] ? finding.action : action),
          'allow',
        );
        return (
          <mark
            key={segment.start}
            title={covering.map((finding) => finding.message).join('\n')}
            className={cx('rounded px-0.5 underline decoration-2 underline-offset-4', MARK_CLASSES[strongest])}
          >
            {segment.text}
            <sup className="ml-0.5 font-sans font-semibold text-[0.65rem]">
              {segment.findings.map((index) => index + 1).join(',')}
            </sup>
          </mark>
        );
      })}
    </p>
  );
}
