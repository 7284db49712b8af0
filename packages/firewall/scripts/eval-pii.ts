/**
 * Development evaluation of the PII detector on Presidio's synthetic set (microsoft/presidio-research,
 * data/synth_dataset_v2.json, MIT; see /work/shared/datasets/MANIFEST.md). Not shipped, not run in CI:
 *
 *   node --import tsx --conditions=source packages/firewall/scripts/eval-pii.ts [path/to/synth_dataset_v2.jsonl]
 *
 * Scored types (dataset → detector): EMAIL_ADDRESS → EMAIL, PHONE_NUMBER → PHONE, CREDIT_CARD → CREDIT_CARD,
 * IBAN_CODE → IBAN, US_SSN → US_SSN, IP_ADDRESS → IP_ADDRESS, STREET_ADDRESS → ADDRESS. Not scored: the dataset's
 * PERSON, GPE, ORGANIZATION, TITLE, NRP, AGE, ZIP_CODE, DOMAIN_NAME, US_DRIVER_LICENSE and DATE_TIME (the detector
 * reports dates only as dates of birth after a birth cue, which this set does not label), and the detector's TAX_ID and
 * DATE_OF_BIRTH (the set has no such labels; their counts are printed).
 *
 * Matching is by span: a prediction is a true positive when it overlaps a not-yet-matched gold span of the same type
 * ("overlap"); "exact" also requires equal boundaries. A gold span never predicted is a false negative; a prediction
 * of a scored type that matches nothing is a false positive (also when it overlaps a gold span of another type).
 * F2 weighs recall twice as much as precision. Latency: texts joined into ~1 KB documents, each analyzed once after
 * a warm-up, for the PII detector alone and for the whole default pipeline (all detectors, direction output).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../src/analyze.js';
import { piiDetector } from '../src/detectors/pii/index.js';
import { createTextViews } from '../src/normalize/create-text-views.js';
import { DEFAULT_POLICY } from '../src/policy/default-policy.js';
import { DEFAULT_RESOURCES } from '../src/resources.js';
import { detectWith } from '../src/testing/detect-with.js';

const file = process.argv[2] ?? join(import.meta.dirname, '../../../../shared/datasets/pii/synth_dataset_v2.jsonl');
const TYPE_MAP: Record<string, string> = {
  EMAIL_ADDRESS: 'EMAIL',
  PHONE_NUMBER: 'PHONE',
  CREDIT_CARD: 'CREDIT_CARD',
  IBAN_CODE: 'IBAN',
  US_SSN: 'US_SSN',
  IP_ADDRESS: 'IP_ADDRESS',
  STREET_ADDRESS: 'ADDRESS',
};
const SCORED = new Set(Object.values(TYPE_MAP));

interface Row {
  text: string;
  spans: { start: number; end: number; type: string }[];
}
const rows: Row[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Row);

type Counts = { tp: number; fp: number; fn: number; exactTp: number };
const counts = new Map<string, Counts>([...SCORED].map((type) => [type, { tp: 0, fp: 0, fn: 0, exactTp: 0 }]));
const unscoredPredictions = new Map<string, number>();
const examples = new Map<string, string[]>();
const note = (key: string, example: string): void => {
  const list = examples.get(key) ?? [];
  if (list.length < 4) list.push(example);
  examples.set(key, list);
};

for (const row of rows) {
  const gold = row.spans
    .filter((span) => TYPE_MAP[span.type] !== undefined)
    .map((span) => ({ ...span, type: TYPE_MAP[span.type] ?? '', matched: false }));
  const predicted = detectWith({ detector: piiDetector, text: row.text, direction: 'output' });
  for (const prediction of predicted) {
    const type = prediction.type ?? '';
    if (!SCORED.has(type)) {
      unscoredPredictions.set(type, (unscoredPredictions.get(type) ?? 0) + 1);
      continue;
    }
    const start = prediction.start ?? 0;
    const end = prediction.end ?? 0;
    const match = gold.find((span) => !span.matched && span.type === type && span.start < end && start < span.end);
    const entry = counts.get(type);
    if (!entry) continue;
    if (match) {
      match.matched = true;
      entry.tp++;
      if (match.start === start && match.end === end) entry.exactTp++;
    } else {
      entry.fp++;
      note(`${type} false positive`, JSON.stringify(row.text.slice(start, end)));
    }
  }
  for (const span of gold) {
    if (span.matched) continue;
    const entry = counts.get(span.type);
    if (entry) entry.fn++;
    note(`${span.type} missed`, JSON.stringify(row.text.slice(span.start, span.end)));
  }
}

const ratio = (a: number, b: number): number => (b === 0 ? Number.NaN : a / b);
const pct = (value: number): string => (Number.isNaN(value) ? '   n/a' : `${(value * 100).toFixed(1).padStart(5)}%`);
const f2 = (p: number, r: number): number => (p + r === 0 ? 0 : (5 * p * r) / (4 * p + r));

console.log(`PII detector on ${rows.length} texts of ${file.split('/').slice(-2).join('/')} (span overlap matching)\n`);
console.log('type          gold   pred     TP    FP    FN   precision  recall      F2   exact-boundary recall');
const total: Counts = { tp: 0, fp: 0, fn: 0, exactTp: 0 };
for (const [type, entry] of counts) {
  total.tp += entry.tp;
  total.fp += entry.fp;
  total.fn += entry.fn;
  total.exactTp += entry.exactTp;
  const p = ratio(entry.tp, entry.tp + entry.fp);
  const r = ratio(entry.tp, entry.tp + entry.fn);
  console.log(
    `${type.padEnd(12)} ${String(entry.tp + entry.fn).padStart(5)} ${String(entry.tp + entry.fp).padStart(6)} ${String(entry.tp).padStart(6)} ${String(entry.fp).padStart(5)} ${String(entry.fn).padStart(5)}     ${pct(p)}  ${pct(r)}  ${pct(f2(p, r))}   ${pct(ratio(entry.exactTp, entry.tp + entry.fn))}`,
  );
}
const printTotal = (label: string, sum: Counts): void => {
  const p = ratio(sum.tp, sum.tp + sum.fp);
  const r = ratio(sum.tp, sum.tp + sum.fn);
  console.log(
    `${label.padEnd(12)} ${String(sum.tp + sum.fn).padStart(5)} ${String(sum.tp + sum.fp).padStart(6)} ${String(sum.tp).padStart(6)} ${String(sum.fp).padStart(5)} ${String(sum.fn).padStart(5)}     ${pct(p)}  ${pct(r)}  ${pct(f2(p, r))}   ${pct(ratio(sum.exactTp, sum.tp + sum.fn))}`,
  );
};
printTotal('ALL (micro)', total);
// Street addresses in this set are mostly non-German, non-US formats and fragments the heuristics do not target.
const address = counts.get('ADDRESS') ?? { tp: 0, fp: 0, fn: 0, exactTp: 0 };
printTotal('ALL − ADDRESS', {
  tp: total.tp - address.tp,
  fp: total.fp - address.fp,
  fn: total.fn - address.fn,
  exactTp: total.exactTp - address.exactTp,
});
console.log(
  `\nPredictions of unscored types: ${[...unscoredPredictions].map(([type, n]) => `${type} ${n}`).join(', ') || 'none'}`,
);
console.log('\nExamples:');
for (const [key, list] of [...examples].sort()) console.log(`  ${key}: ${list.join(', ')}`);

// Latency per ~1 KB document.
const documents: string[] = [];
let current = '';
for (const row of rows) {
  current = current === '' ? row.text : `${current}\n${row.text}`;
  if (current.length >= 1024) {
    documents.push(current);
    current = '';
  }
}
const ROUNDS = 5;
function percentiles(measure: (text: string) => void): { p50: number; p99: number; kb: number } {
  for (let round = 0; round < 3; round++) for (const text of documents) measure(text); // warm-up
  const perKb: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const text of documents) {
      const start = performance.now();
      measure(text);
      perKb.push((performance.now() - start) / (text.length / 1024));
    }
  }
  perKb.sort((a, b) => a - b);
  const at = (q: number): number => perKb[Math.min(perKb.length - 1, Math.floor(q * perKb.length))] ?? Number.NaN;
  return {
    p50: at(0.5),
    p99: at(0.99),
    kb: documents.reduce((sum, text) => sum + text.length, 0) / documents.length / 1024,
  };
}
const piiState = piiDetector.prepare({ options: undefined, policy: DEFAULT_POLICY });
const pii = percentiles((text) =>
  piiDetector.detect({
    text,
    direction: 'output',
    views: createTextViews(text),
    state: piiState,
    conversationTerms: [],
    systemPrompt: undefined,
    resources: DEFAULT_RESOURCES,
  }),
);
const all = percentiles((text) => analyzeText({ text, direction: 'output' }));
console.log(
  `\nLatency, ${ROUNDS} passes over ${documents.length} documents of ${pii.kb.toFixed(2)} KB on average (ms per KB):`,
);
console.log(`  PII detector (with text views):     p50 ${pii.p50.toFixed(3)}  p99 ${pii.p99.toFixed(3)}`);
console.log(`  analyzeText, default policy (all):  p50 ${all.p50.toFixed(3)}  p99 ${all.p99.toFixed(3)}`);
