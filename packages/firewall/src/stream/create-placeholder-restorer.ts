import type { PseudonymVault } from '../redact/create-pseudonym-vault.js';

/** Puts pseudonymized values back into streamed text, also when a placeholder arrives in pieces. */
export interface PlaceholderRestorer {
  /** Text as the model wrote it: placeholders are restored; a trailing incomplete `<LABEL_` waits for the rest. */
  raw(text: string): string;
  /** Text the firewall wrote (a redaction label, a new placeholder): passed as it is, never restored. */
  literal(text: string): string;
  /** Whatever is still waiting, at the end of the stream. */
  flush(): string;
}

const LONGEST_PLACEHOLDER = 48;
const PARTIAL_PLACEHOLDER = /^<[A-Z0-9_]*$/;

/**
 * A restorer for one stream (identity without a vault).
 *
 * @example
 * const restorer = createPlaceholderRestorer(vault);
 * restorer.raw('mail <EMA') + restorer.raw('IL_1> now') // 'mail jane@example.org now'
 */
export function createPlaceholderRestorer(vault: PseudonymVault | undefined): PlaceholderRestorer {
  if (!vault) return { raw: (text) => text, literal: (text) => text, flush: () => '' };
  let held = '';
  return {
    raw(text) {
      const joined = held + text;
      held = '';
      const open = joined.lastIndexOf('<');
      if (open >= 0 && joined.length - open <= LONGEST_PLACEHOLDER && PARTIAL_PLACEHOLDER.test(joined.slice(open))) {
        held = joined.slice(open);
        return vault.restore(joined.slice(0, open));
      }
      return vault.restore(joined);
    },
    literal(text) {
      const out = held + text;
      held = '';
      return out;
    },
    flush() {
      const out = held;
      held = '';
      return out;
    },
  };
}
