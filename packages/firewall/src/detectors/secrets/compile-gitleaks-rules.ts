import { createKeywordMatcher, type KeywordMatcher } from '../../scan/create-keyword-matcher.js';
import type { GitleaksRule } from './gitleaks-rule.js';
import { GITLEAKS_GLOBAL_ALLOW, GITLEAKS_RULES } from './gitleaks-rules.generated.js';

export interface CompiledAllow {
  readonly target: 'secret' | 'match' | 'line';
  readonly regexes: readonly RegExp[];
  readonly stopwords: readonly string[];
}

export interface CompiledRule {
  readonly rule: GitleaksRule;
  readonly regex: RegExp;
  readonly allow: readonly CompiledAllow[];
}

export interface CompiledRules {
  readonly rules: readonly CompiledRule[];
  /** Keyword index → indexes of the rules it enables. */
  readonly rulesByKeyword: readonly (readonly number[])[];
  readonly keywords: KeywordMatcher;
  readonly globalAllow: CompiledAllow;
}

const toRegExp = ([source, flags]: readonly [string, string]): RegExp => new RegExp(source, flags);

let compiled: CompiledRules | undefined;

/**
 * The generated gitleaks rules, compiled once on first use (about 2 ms) and shared — they are immutable and their
 * regexes are only used through `exec` with an explicit `lastIndex` reset.
 *
 * @example compileGitleaksRules().rules.length // 214
 */
export function compileGitleaksRules(): CompiledRules {
  if (compiled) return compiled;
  const keywordList: string[] = [];
  const keywordIndex = new Map<string, number>();
  const rulesByKeyword: number[][] = [];
  const rules = GITLEAKS_RULES.map((rule, index): CompiledRule => {
    for (const keyword of rule.keywords) {
      let at = keywordIndex.get(keyword);
      if (at === undefined) {
        at = keywordList.length;
        keywordList.push(keyword);
        keywordIndex.set(keyword, at);
        rulesByKeyword.push([]);
      }
      rulesByKeyword[at]?.push(index);
    }
    return {
      rule,
      regex: new RegExp(rule.source, rule.flags),
      allow: (rule.allow ?? []).map((allow) => ({
        target: allow.target,
        regexes: allow.regexes.map(toRegExp),
        stopwords: allow.stopwords,
      })),
    };
  });
  compiled = {
    rules,
    rulesByKeyword,
    keywords: createKeywordMatcher({ keywords: keywordList, caseInsensitive: true }),
    globalAllow: {
      target: 'secret',
      regexes: GITLEAKS_GLOBAL_ALLOW.regexes.map(toRegExp),
      stopwords: GITLEAKS_GLOBAL_ALLOW.stopwords,
    },
  };
  return compiled;
}
