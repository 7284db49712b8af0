/**
 * Development evaluation of the firewall (`npm run eval:firewall` from the repository root). Not shipped, not run in CI.
 *
 * 1. Prompt injection / jailbreak on the shared prompts dev set (/work/shared/datasets/prompts/dev.jsonl) plus this
 *    package's own German dev rows (training/data/de-dev.jsonl). Direction: `context` for documents
 *    (benign_context, indirect_injection), `input` for everything else. Scored twice: the injection detector alone
 *    (a finding that acts, i.e. score ≥ 0.5) and the whole DEFAULT_POLICY (verdict action `block`). Per category
 *    (attack categories: recall; benign categories: false-positive rate), per language and per direction (precision,
 *    recall, F1, FPR).
 * 2. Secrets: recall on real-looking fake credentials (src/testing/fake-secrets.ts) inside sentences, and that
 *    placeholders are never reported.
 * 3. PII: the figures of scripts/eval-pii.ts (called in process when it exports `evaluatePii`, else run as a child).
 * 4. Latency: analyzeText (default policy, every detector; and without the injection detector) and the injection
 *    detector alone, p50/p99 per text and per KB (texts of at least 512 characters), fastest of 3 passes per text.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { z } from 'zod';
import { analyzeText } from '../src/analyze.js';
import { detectInjection } from '../src/detectors/injection/injection-detector.js';
import { defaultInjectionModel } from '../src/detectors/injection/injection-model.js';
import { createTextViews } from '../src/normalize/create-text-views.js';
import { parsePolicy } from '../src/policy/parse-policy.js';
import { FAKE } from '../src/testing/fake-secrets.js';
import { CONTEXT_CATEGORIES, type PromptRow, readRows } from '../training/read-rows.js';

const here = import.meta.dirname;
const DEV_FILES = [
  join(here, '../../../../shared/datasets/prompts/dev.jsonl'),
  join(here, '../training/data/de-dev.jsonl'),
];

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
const pct = (value: number): string => (Number.isNaN(value) ? '    n/a' : `${(value * 100).toFixed(1).padStart(6)}%`);

function metrics(c: Counts): { precision: number; recall: number; f1: number; fpr: number } {
  const precision = c.tp + c.fp === 0 ? Number.NaN : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? Number.NaN : c.tp / (c.tp + c.fn);
  const f1 =
    Number.isNaN(precision) || Number.isNaN(recall) || precision + recall === 0
      ? Number.NaN
      : (2 * precision * recall) / (precision + recall);
  const fpr = c.fp + c.tn === 0 ? Number.NaN : c.fp / (c.fp + c.tn);
  return { precision, recall, f1, fpr };
}

function add(map: Map<string, Counts>, key: string, attack: boolean, flagged: boolean): void {
  const c = map.get(key) ?? empty();
  if (attack) flagged ? c.tp++ : c.fn++;
  else flagged ? c.fp++ : c.tn++;
  map.set(key, c);
}

function printTable(title: string, map: Map<string, Counts>): void {
  console.log(`\n${title}`);
  console.log(`  ${'group'.padEnd(34)}  rows   precision  recall      F1     FPR`);
  for (const [key, c] of [...map].sort(([a], [b]) => a.localeCompare(b))) {
    const m = metrics(c);
    const rows = c.tp + c.fp + c.fn + c.tn;
    // Precision needs attacks in the group; a group of benign rows only has a false-positive rate.
    if (c.tp + c.fn === 0) m.precision = Number.NaN;
    console.log(
      `  ${key.padEnd(34)} ${String(rows).padStart(5)}  ${pct(m.precision)} ${pct(m.recall)} ${pct(m.f1)} ${pct(m.fpr)}`,
    );
  }
}

function evaluatePrompts(rows: readonly PromptRow[]): void {
  const model = defaultInjectionModel();
  const detector = { category: new Map<string, Counts>(), language: new Map<string, Counts>() };
  const policy = { category: new Map<string, Counts>(), language: new Map<string, Counts>() };
  for (const row of rows) {
    const direction = CONTEXT_CATEGORIES.has(row.category) ? 'context' : 'input';
    const attack = row.label === 'attack';
    const findings = detectInjection({ text: row.text, views: createTextViews(row.text), direction, model });
    const flagged = findings.some((finding) => (finding.score ?? 0) >= 0.5);
    const blocked = analyzeText({ text: row.text, direction }).action === 'block';
    for (const [target, hit] of [
      [detector, flagged],
      [policy, blocked],
    ] as const) {
      add(target.category, `${row.category} (${direction})`, attack, hit);
      add(target.language, `lang ${row.lang}`, attack, hit);
      add(target.language, `direction ${direction}`, attack, hit);
      add(target.language, 'all', attack, hit);
      add(target.language, `${row.lang} ${direction}`, attack, hit);
    }
  }
  printTable('Injection detector alone (finding score ≥ 0.5) — by category', detector.category);
  printTable('Injection detector alone — by language / direction', detector.language);
  printTable('Whole DEFAULT_POLICY (verdict action = block) — by category', policy.category);
  printTable('Whole DEFAULT_POLICY — by language / direction', policy.language);
}

const PLACEHOLDERS = [
  'export STRIPE_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX',
  'api_key = "xxxxxxxxxxxxxxxxxxxxxxxx"',
  'Authorization: Bearer <your-token-here>',
  ['password: $', '{DB_PASSWORD}'].join(''),
  'OPENAI_API_KEY=YOUR_API_KEY',
  'aws_secret_access_key = EXAMPLEKEY1234567890EXAMPLEKEY',
  'token: "sample-token-for-docs"',
  'Passwort: ********',
];

function evaluateSecrets(): void {
  const found: string[] = [];
  const missed: string[] = [];
  for (const [name, value] of Object.entries(FAKE)) {
    const text = `Here is the config you asked about:\n${value}\nThanks!`;
    const hit = analyzeText({ text, direction: 'input' }).findings.some((finding) => finding.detector === 'secrets');
    (hit ? found : missed).push(name);
  }
  const flaggedPlaceholders = PLACEHOLDERS.filter((text) =>
    analyzeText({ text, direction: 'input' }).findings.some((finding) => finding.detector === 'secrets'),
  );
  console.log(`\nSecrets: recall ${found.length}/${found.length + missed.length} fake credentials in sentences`);
  if (missed.length > 0) console.log(`  missed: ${missed.join(', ')}`);
  console.log(
    `  placeholders flagged: ${flaggedPlaceholders.length}/${PLACEHOLDERS.length}` +
      (flaggedPlaceholders.length > 0 ? ` — ${flaggedPlaceholders.join(' | ')}` : ''),
  );
}

const PiiScoreSchema = z.object({ precision: z.number(), recall: z.number(), f2: z.number() }).passthrough();
const PiiEvaluationSchema = z
  .object({ texts: z.number(), byType: z.record(z.string(), PiiScoreSchema), overall: PiiScoreSchema })
  .passthrough();

async function evaluatePiiFigures(): Promise<void> {
  const script = join(here, 'eval-pii.ts');
  const module: Record<string, unknown> = await import('./eval-pii.js');
  const evaluate = module.evaluatePii;
  const parsed = typeof evaluate === 'function' ? PiiEvaluationSchema.safeParse(evaluate({})) : undefined;
  if (parsed?.success) {
    console.log(`\nPII (scripts/eval-pii.ts, ${parsed.data.texts} texts, span overlap):`);
    for (const [type, s] of Object.entries(parsed.data.byType)) {
      console.log(`  ${type.padEnd(14)} precision ${pct(s.precision)}  recall ${pct(s.recall)}  F2 ${pct(s.f2)}`);
    }
    const s = parsed.data.overall;
    console.log(
      `  ${'ALL (micro)'.padEnd(14)} precision ${pct(s.precision)}  recall ${pct(s.recall)}  F2 ${pct(s.f2)}`,
    );
    return;
  }
  console.log('\nPII (output of scripts/eval-pii.ts):');
  console.log(execFileSync(process.execPath, ['--import', 'tsx', '--conditions=source', script], { encoding: 'utf8' }));
}

function percentiles(values: number[]): { p50: number; p99: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { p50: at(0.5), p99: at(0.99) };
}

function evaluateLatency(rows: readonly PromptRow[]): void {
  const model = defaultInjectionModel();
  const texts = rows.map((row) => ({
    text: row.text,
    direction: CONTEXT_CATEGORIES.has(row.category) ? ('context' as const) : ('input' as const),
  }));
  // Each text is timed in 3 passes and its fastest pass counts (the machine is shared: the slower passes mostly
  // measure other processes); p50/p99 are then taken over the texts.
  const measure = (label: string, run: (item: (typeof texts)[number]) => void): void => {
    for (let round = 0; round < 2; round++) for (const item of texts) run(item); // warm-up
    const best = texts.map(() => Number.POSITIVE_INFINITY);
    for (let round = 0; round < 3; round++) {
      texts.forEach((item, index) => {
        const start = performance.now();
        run(item);
        best[index] = Math.min(best[index] ?? Number.POSITIVE_INFINITY, performance.now() - start);
      });
    }
    const perText = best;
    const perKb = best.flatMap((ms, index) => {
      const length = texts[index]?.text.length ?? 0;
      return length >= 512 ? [ms / (length / 1024)] : [];
    });
    const t = percentiles(perText);
    const k = percentiles(perKb);
    console.log(
      `  ${label.padEnd(40)} per text p50 ${t.p50.toFixed(3)} ms  p99 ${t.p99.toFixed(3)} ms   ` +
        `per KB p50 ${k.p50.toFixed(3)} ms  p99 ${k.p99.toFixed(3)} ms`,
    );
  };
  const kb = texts.reduce((total, item) => total + item.text.length, 0) / texts.length / 1024;
  console.log(
    `\nLatency over ${texts.length} dev texts (${kb.toFixed(2)} KB on average), warm, fastest of 3 passes per text` +
      ' (per KB: texts ≥ 512 characters):',
  );
  measure('analyzeText, DEFAULT_POLICY (all)', ({ text, direction }) => analyzeText({ text, direction }));
  const withoutInjection = parsePolicy({ version: 1, detectors: { injection: { enabled: false } } });
  measure('analyzeText, DEFAULT_POLICY − injection', ({ text, direction }) =>
    analyzeText({ text, direction, policy: withoutInjection }),
  );
  measure('injection detector (with text views)', ({ text, direction }) =>
    detectInjection({ text, views: createTextViews(text), direction, model }),
  );
}

const rows = DEV_FILES.flatMap((file) => readRows(file));
console.log(
  `Prompt dev rows: ${rows.length} (${DEV_FILES.map((file) => file.split('/').slice(-2).join('/')).join(' + ')})`,
);
console.log('Direction: context for benign_context / indirect_injection rows, input for all others.');
evaluatePrompts(rows);
evaluateSecrets();
await evaluatePiiFigures();
evaluateLatency(rows);
