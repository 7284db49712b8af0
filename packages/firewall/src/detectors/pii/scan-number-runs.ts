/** A run of digit groups joined by single separators: `+49 (0)30 1234567`, `4111-1111-1111-1111`, `192.168.0.1`. */
export interface NumberRun {
  readonly start: number;
  readonly end: number;
  /** All digits of the run. */
  readonly digits: string;
  /** Number of digits per group. */
  readonly groups: readonly number[];
  /** The separator before each group after the first: ' ', '-', '.', '/' or '()' for a parenthesized group. */
  readonly separators: readonly string[];
  readonly plus: boolean;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isWordUnit(code: number): boolean {
  return (
    isDigit(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f || code > 0x7f
  );
}

function isSeparator(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x2d || code === 0x2e || code === 0x2f;
}

/**
 * Finds number runs in one linear pass; the PII detector classifies them (card, IBAN-free numbers, tax id, SSN, IPv4,
 * phone). A run never starts inside a word or a decimal number (`abc123`, `3.14`), never spans a line break, and a
 * separator is at most three characters with one non-space among them (`030 / 1234567`).
 *
 * @example scanNumberRuns('call +49 30 1234567')[0].digits // '49301234567'
 */
export function scanNumberRuns(text: string): NumberRun[] {
  const runs: NumberRun[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const opensRun = isDigit(code) || ((code === 0x2b || code === 0x28) && isDigit(text.charCodeAt(i + 1)));
    if (!opensRun) {
      i++;
      continue;
    }
    const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
    if (isWordUnit(prev) || ((prev === 0x2e || prev === 0x2c) && isDigit(text.charCodeAt(i - 2)))) {
      // Inside a word or a decimal: skip the rest of this token.
      i++;
      while (i < n && isWordUnit(text.charCodeAt(i))) i++;
      continue;
    }
    let j = i;
    const plus = code === 0x2b;
    if (plus) j++;
    const groups: number[] = [];
    const separators: string[] = [];
    let digits = '';
    let pendingSeparator = '';
    for (;;) {
      let groupStart = j;
      let closing = false;
      if (text.charCodeAt(j) === 0x28) {
        groupStart = j + 1;
        closing = true;
      }
      let k = groupStart;
      while (k < n && isDigit(text.charCodeAt(k))) k++;
      if (k === groupStart || (closing && text.charCodeAt(k) !== 0x29) || k - groupStart > 19) break;
      if (groups.length > 0) separators.push(closing ? '()' : pendingSeparator);
      groups.push(k - groupStart);
      digits += text.slice(groupStart, k);
      j = closing ? k + 1 : k;
      // A separator, then the next group?
      let s = j;
      let nonSpace = '';
      while (s < n && s - j < 3 && isSeparator(text.charCodeAt(s))) {
        const unit = text[s] ?? '';
        if (unit !== ' ' && unit !== '\u00a0') nonSpace += unit;
        s++;
      }
      const next = text.charCodeAt(s);
      if (nonSpace.length <= 1 && (isDigit(next) || (next === 0x28 && isDigit(text.charCodeAt(s + 1))))) {
        pendingSeparator = nonSpace || ' ';
        j = s;
        continue;
      }
      break;
    }
    if (groups.length === 0) {
      i++;
      continue;
    }
    runs.push({ start: i, end: j, digits, groups, separators, plus });
    i = Math.max(j, i + 1);
  }
  return runs;
}
