import type { Finding } from '../verdict.js';
import { redactText } from './redact-text.js';
import { labelOf } from './replacement-for.js';

/**
 * Per-request pseudonyms: each distinct value gets a stable placeholder (`<EMAIL_1>`, `<PHONE_2>`), the model works on
 * the placeholders, and `restore` puts the real values back into its answer. Keep one vault per conversation turn
 * (or conversation) and drop it afterwards; it holds the real values in memory only.
 */
export interface PseudonymVault {
  /** The placeholder for a value of a kind, created on first use. */
  placeholder(args: { label: string; value: string }): string;
  /** Replaces every finding with offsets by its placeholder. Invisible characters are removed instead. */
  pseudonymize(args: { text: string; findings: readonly Finding[] }): string;
  /** Puts the real values back for every placeholder this vault issued; other `<…>` text is left alone. */
  restore(text: string): string;
  readonly size: number;
}

const PLACEHOLDER = /<([A-Z][A-Z0-9_]*?)_(\d{1,6})>/g;

/**
 * @example
 * const vault = createPseudonymVault();
 * const verdict = analyzeText({ text: prompt, direction: 'input', policy, vault }); // pii → pseudonymize
 * const answer = await model(verdict.redactedText ?? prompt); // "I wrote to <EMAIL_1>."
 * vault.restore(answer); // "I wrote to jane@example.org."
 */
export function createPseudonymVault(): PseudonymVault {
  const byValue = new Map<string, string>();
  const byPlaceholder = new Map<string, string>();
  const counters = new Map<string, number>();
  const placeholder = ({ label, value }: { label: string; value: string }): string => {
    const key = `${label}\u0000${value}`;
    const existing = byValue.get(key);
    if (existing) return existing;
    const n = (counters.get(label) ?? 0) + 1;
    counters.set(label, n);
    const created = `<${label}_${n}>`;
    byValue.set(key, created);
    byPlaceholder.set(created, value);
    return created;
  };
  return {
    placeholder,
    pseudonymize({ text, findings }) {
      const replacements = findings
        .filter((finding) => finding.start !== undefined && finding.end !== undefined)
        .map((finding) => {
          const start = finding.start ?? 0;
          const end = finding.end ?? 0;
          const removed = finding.category === 'unicode_smuggling' || finding.category === 'length';
          return {
            start,
            end,
            text: removed ? '' : () => placeholder({ label: labelOf(finding), value: text.slice(start, end) }),
          };
        });
      return redactText({ text, replacements });
    },
    restore(text) {
      if (byPlaceholder.size === 0) return text;
      return text.replace(PLACEHOLDER, (match) => byPlaceholder.get(match) ?? match);
    },
    get size() {
      return byPlaceholder.size;
    },
  };
}
