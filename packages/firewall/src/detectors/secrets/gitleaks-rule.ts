/** One translated gitleaks rule, as the generator writes it (see scripts/generate-gitleaks-rules.ts). */
export interface GitleaksRule {
  readonly id: string;
  /** JavaScript RegExp source. */
  readonly source: string;
  /** Always `g`; `d` when the pattern has a capturing group; `i` when the whole rule is case-insensitive. */
  readonly flags: string;
  /** Lowercase; the rule runs only when one of them occurs in the text (case-insensitively). */
  readonly keywords: readonly string[];
  /** Minimum Shannon entropy of the secret. */
  readonly entropy?: number;
  /** Which capturing group is the secret; default: the first group that matched, else the whole match. */
  readonly secretGroup?: number;
  readonly allow?: readonly {
    readonly target: 'secret' | 'match' | 'line';
    /** [source, flags] */
    readonly regexes: readonly (readonly [string, string])[];
    readonly stopwords: readonly string[];
  }[];
}
