/**
 * Why a translated pattern is unsafe for a backtracking engine, or undefined. RE2 runs in linear time whatever the
 * pattern; V8's engine backtracks, so a quantified group that itself contains an unbounded quantifier — `(a+)+`,
 * `(?:.*\n){1,5}` — can take exponential or high-polynomial time on hostile input. This is the static half of the
 * check; the generator also times each rule against adversarial inputs.
 *
 * @example findBacktrackingRisk('(a+)+$') // 'nested quantifier near 4'
 */
export function findBacktrackingRisk(source: string): string | undefined {
  // For each open group: does it contain an unbounded quantifier?
  const stack: boolean[] = [];
  let unboundedInside = false;
  let pos = 0;
  const quantifierAt = (at: number): { max: number; length: number } | undefined => {
    const ch = source[at];
    if (ch === '*' || ch === '+') return { max: Number.POSITIVE_INFINITY, length: 1 };
    if (ch === '?') return { max: 1, length: 1 };
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
    if (!braces) return undefined;
    const max = braces[2] === undefined ? Number(braces[1]) : braces[3] ? Number(braces[3]) : Number.POSITIVE_INFINITY;
    return { max, length: braces[0].length };
  };
  while (pos < source.length) {
    const ch = source[pos];
    if (ch === '\\') pos += 2;
    else if (ch === '[') {
      pos++;
      if (source[pos] === '^') pos++;
      if (source[pos] === ']') pos++;
      while (pos < source.length && source[pos] !== ']') pos += source[pos] === '\\' ? 2 : 1;
      pos++;
    } else if (ch === '(') {
      stack.push(unboundedInside);
      unboundedInside = false;
      pos++;
      if (source[pos] === '?') {
        const head = /^\?(?::|<[A-Za-z_]\w*>|[=!]|<[=!])/.exec(source.slice(pos));
        pos += head ? head[0].length : 1;
      }
      continue;
    } else if (ch === ')') {
      pos++;
      const inner: boolean = unboundedInside;
      const quantifier = quantifierAt(pos);
      if (inner && quantifier && quantifier.max > 1) return `nested quantifier near ${pos}`;
      unboundedInside = (stack.pop() ?? false) || inner || (quantifier?.max ?? 0) === Number.POSITIVE_INFINITY;
      if (quantifier) {
        pos += quantifier.length;
        if (source[pos] === '?') pos++;
      }
      continue;
    } else pos++;
    const quantifier = quantifierAt(pos);
    if (quantifier) {
      if (quantifier.max === Number.POSITIVE_INFINITY) unboundedInside = true;
      pos += quantifier.length;
      if (source[pos] === '?') pos++;
    }
  }
  return undefined;
}
