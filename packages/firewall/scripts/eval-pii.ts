/**
 * Development evaluation of the PII detector on Presidio's synthetic set (microsoft/presidio-research,
 * data/synth_dataset_v2.json, MIT; see /work/shared/datasets/MANIFEST.md). Not shipped, not run in CI:
 *
 *   node --import tsx --conditions=source packages/firewall/scripts/eval-pii.ts [path/to/file.jsonl]
 *
 * Scored types (dataset → detector): EMAIL_ADDRESS → EMAIL, PHONE_NUMBER → PHONE, CREDIT_CARD → CREDIT_CARD,
 * IBAN_CODE → IBAN, US_SSN → US_SSN, IP_ADDRESS → IP_ADDRESS, STREET_ADDRESS → ADDRESS, PERSON → PERSON. Not scored:
 * the dataset's GPE, ORGANIZATION, TITLE, NRP, AGE, ZIP_CODE, DOMAIN_NAME, US_DRIVER_LICENSE and DATE_TIME, and the
 * detector's TAX_ID and DATE_OF_BIRTH (the set has no such labels; their counts are printed).
 *
 * Matching ("overlap", the headline figures): a gold span is found when a prediction of its type overlaps it, and a
 * prediction is correct when it overlaps a gold span of its type. The set often labels one address as several spans
 * (building number, street, unit and postcode each on their own) and the detector reports the whole address as one,
 * so one prediction may find several gold spans. Two stricter views are printed beside it: "1:1" (a prediction
 * matches at most one gold span, as before) and "exact" boundaries; and "chars" scores characters, which punishes
 * spans drawn too wide. F2 weighs recall twice as much as precision. Latency: texts joined into ~1 KB documents, each
 * analyzed once after a warm-up, for the PII detector alone and for the whole default pipeline (direction output).
 *
 * `evaluatePii({ file })` returns the figures (another script reuses it); the CLI prints them.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeText } from '../src/analyze.js';
import { piiDetector } from '../src/detectors/pii/index.js';
import { createTextViews } from '../src/normalize/create-text-views.js';
import { DEFAULT_POLICY } from '../src/policy/default-policy.js';
import { DEFAULT_RESOURCES } from '../src/resources.js';
import { detectWith } from '../src/testing/detect-with.js';

/** The shared copy of Presidio's synthetic set. */
export const DEFAULT_PII_DATASET = join(import.meta.dirname, '../../../../shared/datasets/pii/synth_dataset_v2.jsonl');

const TYPE_MAP: Record<string, string> = {
  EMAIL_ADDRESS: 'EMAIL',
  PHONE_NUMBER: 'PHONE',
  CREDIT_CARD: 'CREDIT_CARD',
  IBAN_CODE: 'IBAN',
  US_SSN: 'US_SSN',
  IP_ADDRESS: 'IP_ADDRESS',
  STREET_ADDRESS: 'ADDRESS',
  PERSON: 'PERSON',
};
const SCORED = [...new Set(Object.values(TYPE_MAP))];

interface Row {
  text: string;
  spans: { start: number; end: number; type: string }[];
}

/** Counts and rates of one type or one total. */
export interface PiiScore {
  /** Gold spans and predictions. */
  gold: number;
  predicted: number;
  /** Overlap matching: gold spans found, predictions that overlap a gold span, and the rates from them. */
  found: number;
  correct: number;
  precision: number;
  recall: number;
  f2: number;
  /** One-to-one matching (each prediction matches at most one gold span). */
  oneToOne: { tp: number; precision: number; recall: number; f2: number };
  /** Gold spans predicted with exactly their boundaries. */
  exactRecall: number;
  /** Character level: characters of gold spans covered by a prediction of their type, and vice versa. */
  chars: { precision: number; recall: number; f2: number };
}

/** What `evaluatePii` returns. */
export interface PiiEvaluation {
  file: string;
  texts: number;
  byType: Record<string, PiiScore>;
  /** Micro totals over all scored types, without PERSON, and without ADDRESS. */
  overall: PiiScore;
  withoutPerson: PiiScore;
  withoutAddress: PiiScore;
  /** Predictions of types the set does not label. */
  unscoredPredictions: Record<string, number>;
  /** Up to four missed gold values and false positives per type. */
  examples: Record<string, string[]>;
  /** Milliseconds per KB on ~1 KB documents (when `latency` is asked for). */
  latency?: { documents: number; kbPerDocument: number; pii: Percentiles; analyzeText: Percentiles };
}
interface Percentiles {
  p50: number;
  p99: number;
}

interface Raw {
  gold: number;
  predicted: number;
  found: number;
  correct: number;
  oneToOne: number;
  exact: number;
  goldChars: number;
  predictedChars: number;
  goldCharsCovered: number;
  predictedCharsCorrect: number;
}
const emptyRaw = (): Raw => ({
  gold: 0,
  predicted: 0,
  found: 0,
  correct: 0,
  oneToOne: 0,
  exact: 0,
  goldChars: 0,
  predictedChars: 0,
  goldCharsCovered: 0,
  predictedCharsCorrect: 0,
});

const ratio = (a: number, b: number): number => (b === 0 ? Number.NaN : a / b);
const f2 = (p: number, r: number): number =>
  Number.isNaN(p) || Number.isNaN(r) || p + r === 0 ? 0 : (5 * p * r) / (4 * p + r);

function score(raw: Raw): PiiScore {
  const precision = ratio(raw.correct, raw.predicted);
  const recall = ratio(raw.found, raw.gold);
  const p1 = ratio(raw.oneToOne, raw.predicted);
  const r1 = ratio(raw.oneToOne, raw.gold);
  const pc = ratio(raw.predictedCharsCorrect, raw.predictedChars);
  const rc = ratio(raw.goldCharsCovered, raw.goldChars);
  return {
    gold: raw.gold,
    predicted: raw.predicted,
    found: raw.found,
    correct: raw.correct,
    precision,
    recall,
    f2: f2(precision, recall),
    oneToOne: { tp: raw.oneToOne, precision: p1, recall: r1, f2: f2(p1, r1) },
    exactRecall: ratio(raw.exact, raw.gold),
    chars: { precision: pc, recall: rc, f2: f2(pc, rc) },
  };
}

function sum(raws: Raw[]): Raw {
  const total = emptyRaw();
  for (const raw of raws) for (const key of Object.keys(total) as (keyof Raw)[]) total[key] += raw[key];
  return total;
}

/** Characters of [start, end) covered by any of the ranges. */
function coveredChars(start: number, end: number, ranges: readonly { start: number; end: number }[]): number {
  let covered = 0;
  for (let at = start; at < end; at++) if (ranges.some((range) => range.start <= at && at < range.end)) covered++;
  return covered;
}

function readRows(file: string): Row[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row);
}

/**
 * Scores the PII detector on a JSONL file of `{ text, spans: [{ start, end, type }] }` rows (Presidio's types), and
 * optionally measures its latency.
 *
 * @example const { overall, withoutPerson } = evaluatePii({ file: DEFAULT_PII_DATASET }); // overall.f2 ≈ 0.9
 */
export function evaluatePii({
  file = DEFAULT_PII_DATASET,
  latency = false,
}: {
  file?: string;
  latency?: boolean;
} = {}): PiiEvaluation {
  const rows = readRows(file);
  const raws = new Map<string, Raw>(SCORED.map((type) => [type, emptyRaw()]));
  const unscoredPredictions: Record<string, number> = {};
  const examples: Record<string, string[]> = {};
  const note = (key: string, example: string): void => {
    const list = examples[key] ?? [];
    if (list.length < 4) list.push(example);
    examples[key] = list;
  };

  for (const row of rows) {
    const gold = row.spans
      .filter((span) => TYPE_MAP[span.type] !== undefined)
      .map((span) => ({ start: span.start, end: span.end, type: TYPE_MAP[span.type] ?? '', oneToOne: false }));
    const predicted = detectWith({ detector: piiDetector, text: row.text, direction: 'output' })
      .map((finding) => ({ type: finding.type ?? '', start: finding.start ?? 0, end: finding.end ?? 0 }))
      .filter((prediction) => {
        if (SCORED.includes(prediction.type)) return true;
        unscoredPredictions[prediction.type] = (unscoredPredictions[prediction.type] ?? 0) + 1;
        return false;
      });
    for (const type of SCORED) {
      const raw = raws.get(type);
      if (!raw) continue;
      const goldOfType = gold.filter((span) => span.type === type);
      const predictedOfType = predicted.filter((prediction) => prediction.type === type);
      raw.gold += goldOfType.length;
      raw.predicted += predictedOfType.length;
      for (const prediction of predictedOfType) {
        const overlapping = goldOfType.filter((span) => span.start < prediction.end && prediction.start < span.end);
        if (overlapping.length > 0) raw.correct++;
        else note(`${type} false positive`, JSON.stringify(row.text.slice(prediction.start, prediction.end)));
        const first = overlapping.find((span) => !span.oneToOne);
        if (first) {
          first.oneToOne = true;
          raw.oneToOne++;
        }
        raw.predictedChars += prediction.end - prediction.start;
        raw.predictedCharsCorrect += coveredChars(prediction.start, prediction.end, goldOfType);
      }
      for (const span of goldOfType) {
        const hits = predictedOfType.filter((prediction) => span.start < prediction.end && prediction.start < span.end);
        if (hits.length > 0) raw.found++;
        else note(`${type} missed`, JSON.stringify(row.text.slice(span.start, span.end)));
        if (hits.some((prediction) => prediction.start === span.start && prediction.end === span.end)) raw.exact++;
        raw.goldChars += span.end - span.start;
        raw.goldCharsCovered += coveredChars(span.start, span.end, predictedOfType);
      }
    }
  }

  const byType = Object.fromEntries([...raws].map(([type, raw]) => [type, score(raw)]));
  const all = [...raws.values()];
  const except = (type: string): Raw[] => [...raws].filter(([other]) => other !== type).map(([, raw]) => raw);
  return {
    file,
    texts: rows.length,
    byType,
    overall: score(sum(all)),
    withoutPerson: score(sum(except('PERSON'))),
    withoutAddress: score(sum(except('ADDRESS'))),
    unscoredPredictions,
    examples,
    ...(latency ? { latency: measureLatency(rows) } : {}),
  };
}

function measureLatency(rows: Row[]): NonNullable<PiiEvaluation['latency']> {
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
  const percentiles = (measure: (text: string) => void): Percentiles => {
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
    return { p50: at(0.5), p99: at(0.99) };
  };
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
  return {
    documents: documents.length,
    kbPerDocument: documents.reduce((total, text) => total + text.length, 0) / documents.length / 1024,
    pii,
    analyzeText: all,
  };
}

function printReport(result: PiiEvaluation): void {
  const pct = (value: number): string => (Number.isNaN(value) ? '   n/a' : `${(value * 100).toFixed(1).padStart(5)}%`);
  const line = (label: string, s: PiiScore): string =>
    `${label.padEnd(14)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(5)} ${String(s.found).padStart(6)} ${String(s.predicted - s.correct).padStart(5)} ${String(s.gold - s.found).padStart(5)}   ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f2)}   ${pct(s.oneToOne.f2)} ${pct(s.exactRecall)}   ${pct(s.chars.precision)} ${pct(s.chars.recall)} ${pct(s.chars.f2)}`;
  console.log(
    `PII detector on ${result.texts} texts of ${result.file.split('/').slice(-2).join('/')} (span overlap matching)\n`,
  );
  console.log(
    'type            gold  pred  found    FP    FN   precision recall     F2   1:1 F2 exact-R   chars P chars R chars F2',
  );
  for (const [type, s] of Object.entries(result.byType)) console.log(line(type, s));
  console.log(line('ALL (micro)', result.overall));
  console.log(line('ALL − PERSON', result.withoutPerson));
  console.log(line('ALL − ADDRESS', result.withoutAddress));
  const unscored = Object.entries(result.unscoredPredictions);
  console.log(`\nPredictions of unscored types: ${unscored.map(([type, n]) => `${type} ${n}`).join(', ') || 'none'}`);
  console.log('\nExamples:');
  for (const [key, list] of Object.entries(result.examples).sort()) console.log(`  ${key}: ${list.join(', ')}`);
  if (result.latency) {
    const { documents, kbPerDocument, pii, analyzeText: all } = result.latency;
    console.log(
      `\nLatency, 5 passes over ${documents} documents of ${kbPerDocument.toFixed(2)} KB on average (ms per KB):`,
    );
    console.log(`  PII detector (with text views):     p50 ${pii.p50.toFixed(3)}  p99 ${pii.p99.toFixed(3)}`);
    console.log(`  analyzeText, default policy (all):  p50 ${all.p50.toFixed(3)}  p99 ${all.p99.toFixed(3)}`);
  }
}

if (process.argv[1] !== undefined && import.meta.filename === resolve(process.argv[1])) {
  printReport(evaluatePii({ file: process.argv[2] ?? DEFAULT_PII_DATASET, latency: true }));
}
