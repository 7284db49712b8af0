/**
 * Finds many keywords in one pass (Aho–Corasick, compiled to a dense table over the keywords' own alphabet), so the
 * cost per text does not grow with the number of keywords: the secrets detector uses it to decide which of ~200 rules
 * are worth running, banned words to find their phrases.
 */
export interface KeywordMatcher {
  readonly keywords: readonly string[];
  /** Calls `onMatch(keywordIndex, end)` for every occurrence, overlapping ones included; `end` is exclusive. */
  scan(text: string, onMatch: (keyword: number, end: number) => void): void;
}

/**
 * @example
 * const matcher = createKeywordMatcher({ keywords: ['akia', 'ghp_'], caseInsensitive: true });
 * matcher.scan('key AKIA…', (keyword, end) => console.log(matcher.keywords[keyword], end));
 */
export function createKeywordMatcher({
  keywords,
  caseInsensitive = false,
}: {
  keywords: readonly string[];
  /** ASCII case-insensitive: keywords are lowercased, and A–Z in the text match a–z. */
  caseInsensitive?: boolean;
}): KeywordMatcher {
  const words = keywords.map((keyword) => (caseInsensitive ? keyword.toLowerCase() : keyword));
  // Alphabet: class 0 for every unit no keyword contains.
  const asciiClass = new Uint16Array(128);
  const otherClass = new Map<number, number>();
  let alphabet = 1;
  const classOf = (code: number): number => (code < 128 ? (asciiClass[code] ?? 0) : (otherClass.get(code) ?? 0));
  for (const word of words) {
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      if (classOf(code) !== 0) continue;
      if (code < 128) asciiClass[code] = alphabet++;
      else otherClass.set(code, alphabet++);
    }
  }
  if (caseInsensitive) for (let code = 65; code <= 90; code++) asciiClass[code] = asciiClass[code + 32] ?? 0;

  // Trie.
  const children: Map<number, number>[] = [new Map()];
  const outputs: number[][] = [[]];
  words.forEach((word, index) => {
    if (word === '') return;
    let state = 0;
    for (let i = 0; i < word.length; i++) {
      const cls = classOf(word.charCodeAt(i));
      let next = children[state]?.get(cls);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        outputs.push([]);
        children[state]?.set(cls, next);
      }
      state = next;
    }
    outputs[state]?.push(index);
  });

  // Breadth-first: failure links folded into a complete transition table, outputs merged along them.
  const states = children.length;
  const table = new Int32Array(states * alphabet);
  const fail = new Int32Array(states);
  const queue: number[] = [];
  for (let cls = 0; cls < alphabet; cls++) {
    const next = children[0]?.get(cls) ?? 0;
    table[cls] = next;
    if (next !== 0) queue.push(next);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] ?? 0;
    const failState = fail[state] ?? 0;
    const merged = outputs[failState];
    if (merged && merged.length > 0) outputs[state] = [...(outputs[state] ?? []), ...merged];
    for (let cls = 0; cls < alphabet; cls++) {
      const child = children[state]?.get(cls);
      const viaFail = table[failState * alphabet + cls] ?? 0;
      if (child === undefined) table[state * alphabet + cls] = viaFail;
      else {
        table[state * alphabet + cls] = child;
        fail[child] = viaFail;
        queue.push(child);
      }
    }
  }
  const hasOutput = Uint8Array.from(outputs, (list) => (list.length > 0 ? 1 : 0));

  return {
    keywords: words,
    scan(text, onMatch) {
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        state = table[state * alphabet + (code < 128 ? (asciiClass[code] ?? 0) : (otherClass.get(code) ?? 0))] ?? 0;
        if (hasOutput[state] === 1) for (const keyword of outputs[state] ?? []) onMatch(keyword, i + 1);
      }
    },
  };
}
