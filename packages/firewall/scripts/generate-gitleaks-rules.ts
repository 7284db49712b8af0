/**
 * Generates src/detectors/secrets/gitleaks-rules.generated.ts from gitleaks' rule set (gitleaks/gitleaks @ b58d3f1,
 * config/gitleaks.toml, MIT — see data/README.md; the shared copy is not shipped):
 *
 *   node --import tsx --conditions=source packages/firewall/scripts/generate-gitleaks-rules.ts [path/to/gitleaks.toml]
 *
 * Translation (Go RE2 → JavaScript RegExp) is done by ./gitleaks/translate-re2-pattern.ts; see its header for each
 * construct. On top of it:
 * - A leading `[\w.-]{0,50}?` (the "identifier before the keyword" part of gitleaks' assignment template), also one
 *   right inside a leading group, is dropped: it only widens the match to the left, never changes whether or where
 *   the secret group matches, and on a backtracking engine it makes every position of the text a 50-step start.
 * - Every pattern gets the `g` flag; patterns with a capturing group get `d` so the secret group's offsets are known.
 *   The secret is gitleaks' `secretGroup`, else the first group that matched, else the whole match.
 * Skipped, and counted in the output:
 * - rules without a regex (file-name rules) and rules scoped to file paths (`path = …`: we scan text, not files);
 * - `generic-api-key`: its keyword list (access, auth, key, token…) matches ordinary prose and it needs 1,446
 *   stopwords; the detector's own assignment rule (detect-assignments.ts) covers `api_key = "…"` instead;
 * - patterns that cannot be translated, that nest an unbounded quantifier inside a repeated group, or that take over
 *   25 ms on any of a few adversarial 4 KB inputs.
 * Allowlists: the global regexes and stopwords, and each rule's `regexes`/`stopwords` (target secret, match or line)
 * are kept; path-only allowlists and `condition = "AND"` allowlists that need a path can never apply and are dropped.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findBacktrackingRisk } from '../src/scan/find-backtracking-risk.js';
import { parseGitleaksToml, type TomlTable, type TomlValue } from './gitleaks/parse-gitleaks-toml.js';
import { translateRe2Pattern } from './gitleaks/translate-re2-pattern.js';

const input = process.argv[2] ?? join(import.meta.dirname, '../../../../shared/datasets/secrets/gitleaks.toml');
const output = join(import.meta.dirname, '../src/detectors/secrets/gitleaks-rules.generated.ts');
const SKIPPED_RULES = new Set(['generic-api-key']);
const LEADING_IDENTIFIER = '[\\w.-]{0,50}?';

const config = parseGitleaksToml(readFileSync(input, 'utf8'));

const asString = (value: TomlValue | undefined): string | undefined => (typeof value === 'string' ? value : undefined);
const asStrings = (value: TomlValue | undefined): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const asTables = (value: TomlValue | undefined): TomlTable[] =>
  Array.isArray(value)
    ? value.filter((item): item is TomlTable => typeof item === 'object' && item !== null && !Array.isArray(item))
    : [];

interface Allow {
  target: 'secret' | 'match' | 'line';
  /** [source, flags] */
  regexes: [string, string][];
  stopwords: string[];
}

const problems: string[] = [];

function translateAllowRegex(pattern: string, where: string): [string, string] | undefined {
  try {
    const { source, flags } = translateRe2Pattern(pattern);
    return [source, flags];
  } catch (error) {
    problems.push(`${where}: allowlist regex dropped (${(error as Error).message})`);
    return undefined;
  }
}

function adversarialInputs(keywords: string[]): string[] {
  const keyword = keywords[0] ?? 'key';
  const size = 4096;
  const fill = (unit: string): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  return [
    fill('a'),
    fill('A1'),
    fill(' '),
    fill('\n'),
    fill('='),
    fill(`${keyword} `),
    fill(`${keyword}=`),
    fill(`${keyword}_`),
    `${keyword} = "${fill('a1B2')}`,
    `${keyword}${fill('-')}`,
    `${keyword}${fill('.')}`,
    `curl ${fill('x\n')}`,
    `-----BEGIN PRIVATE KEY-----${fill('A')}`,
  ];
}

function timeRule(source: string, flags: string, keywords: string[]): number {
  const re = new RegExp(source, flags.includes('g') ? flags : `${flags}g`);
  let worst = 0;
  for (const text of adversarialInputs(keywords)) {
    const start = performance.now();
    re.lastIndex = 0;
    for (let match = re.exec(text); match; match = re.exec(text)) if (match[0] === '') re.lastIndex++;
    worst = Math.max(worst, performance.now() - start);
  }
  return worst;
}

/** Drops `[\w.-]{0,50}?` at the start of the pattern, also right inside leading groups (see the header). */
function dropLeadingIdentifier(source: string): string {
  let head = '';
  let rest = source;
  for (;;) {
    if (rest.startsWith(LEADING_IDENTIFIER)) rest = rest.slice(LEADING_IDENTIFIER.length);
    else if (rest.startsWith('(?:')) {
      head += '(?:';
      rest = rest.slice(3);
    } else return head + rest;
  }
}

const globalAllow = asTables([config.allowlist ?? {}])[0] ?? {};
const globalRegexes = asStrings(globalAllow.regexes)
  .map((pattern) => translateAllowRegex(pattern, 'global allowlist'))
  .filter((entry): entry is [string, string] => entry !== undefined);
const globalStopwords = asStrings(globalAllow.stopwords);

const rules: string[] = [];
const skipped: { id: string; reason: string }[] = [];
const rawRules = asTables(config.rules);
for (const rule of rawRules) {
  const id = asString(rule.id) ?? '?';
  const regex = asString(rule.regex);
  if (SKIPPED_RULES.has(id)) {
    skipped.push({ id, reason: 'replaced by the assignment rule' });
    continue;
  }
  if (!regex) {
    skipped.push({ id, reason: 'no regex (file-name rule)' });
    continue;
  }
  if (rule.path !== undefined) {
    skipped.push({ id, reason: 'scoped to file paths' });
    continue;
  }
  let translated: ReturnType<typeof translateRe2Pattern>;
  try {
    translated = translateRe2Pattern(regex);
  } catch (error) {
    skipped.push({ id, reason: `untranslatable: ${(error as Error).message}` });
    continue;
  }
  translated = { ...translated, source: dropLeadingIdentifier(translated.source) };
  const risk = findBacktrackingRisk(translated.source);
  if (risk) {
    skipped.push({ id, reason: `backtracking risk: ${risk}` });
    continue;
  }
  const keywords = asStrings(rule.keywords).map((keyword) => keyword.toLowerCase());
  const flags = `${translated.flags}g${translated.groups > 0 ? 'd' : ''}`;
  const worstMs = timeRule(translated.source, flags, keywords);
  if (worstMs > 25) {
    skipped.push({ id, reason: `slow on adversarial input (${worstMs.toFixed(1)} ms per 4 KB)` });
    continue;
  }
  const allows: Allow[] = [];
  for (const allow of asTables(rule.allowlists)) {
    if (allow.paths !== undefined && (asString(allow.condition) === 'AND' || allow.regexes === undefined)) continue;
    const target = asString(allow.regexTarget) ?? 'secret';
    if (target !== 'secret' && target !== 'match' && target !== 'line') continue;
    const regexes = asStrings(allow.regexes)
      .map((pattern) => translateAllowRegex(pattern, id))
      .filter((entry): entry is [string, string] => entry !== undefined);
    const stopwords = asStrings(allow.stopwords);
    if (regexes.length > 0 || stopwords.length > 0) allows.push({ target, regexes, stopwords });
  }
  const entropy = typeof rule.entropy === 'number' ? rule.entropy : undefined;
  const group = typeof rule.secretGroup === 'number' ? rule.secretGroup : undefined;
  const fields = [
    `id: ${JSON.stringify(id)}`,
    `source: ${JSON.stringify(translated.source)}`,
    `flags: ${JSON.stringify(flags)}`,
    `keywords: ${JSON.stringify(keywords)}`,
    entropy === undefined ? '' : `entropy: ${entropy}`,
    group === undefined ? '' : `secretGroup: ${group}`,
    allows.length === 0 ? '' : `allow: ${JSON.stringify(allows)}`,
  ].filter(Boolean);
  rules.push(`  { ${fields.join(', ')} },`);
}

const file = `// biome-ignore-all format: generated file, one rule per line
// biome-ignore-all lint: generated file; the patterns are data (dollar-brace in them is regex, not a template)
// Generated by packages/firewall/scripts/generate-gitleaks-rules.ts from gitleaks/gitleaks @ b58d3f1
// config/gitleaks.toml (MIT License, Copyright (c) 2019 Zachary Rice; see data/LICENSE.gitleaks). Do not edit.
// ${rules.length} of ${rawRules.length} rules translated; ${skipped.length} skipped:
${skipped.map((entry) => `//   ${entry.id}: ${entry.reason}`).join('\n')}
import type { GitleaksRule } from './gitleaks-rule.js';

/** Global allowlist: a secret matching one of these regexes ([source, flags]) or containing a stopword is no secret. */
export const GITLEAKS_GLOBAL_ALLOW = {
  regexes: ${JSON.stringify(globalRegexes)},
  stopwords: ${JSON.stringify(globalStopwords)},
} as const;

export const GITLEAKS_RULES: readonly GitleaksRule[] = [
${rules.join('\n')}
];
`;
writeFileSync(output, file);
console.log(
  `${rules.length} of ${rawRules.length} rules written to ${output} (${file.length} bytes); ${skipped.length} skipped:`,
);
for (const entry of skipped) console.log(`  ${entry.id}: ${entry.reason}`);
for (const problem of problems) console.log(`  note: ${problem}`);
