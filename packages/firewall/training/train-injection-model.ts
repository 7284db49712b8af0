/**
 * Trains the prompt-injection/jailbreak classifier and writes `packages/firewall/data/injection-model.json.gz`.
 * Run from the repository root: `npm run train:firewall` (options: `--dry-run` prints dev figures without writing,
 * `--bits`, `--epochs`, `--lr`, `--l2`, `--seed`, `--max-fpr`, `--input-epochs`, `--input-lr`,
 * `--input-seeds`, …). See
 * training/README.md.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import {
  encodeLinear,
  type InjectionModelFile,
  parseInjectionModel,
} from '../src/detectors/injection/injection-model.js';
import { chooseThresholds } from './choose-thresholds.js';
import { buildExamples, prepareRows } from './prepare-examples.js';
import { CONTEXT_CATEGORIES, type PromptRow, readRows } from './read-rows.js';
import { scoreRows } from './score-rows.js';
import { averageLinear, trainLogisticRegression } from './train-logistic-regression.js';

const here = import.meta.dirname;
const SHARED = join(here, '../../../../shared/datasets/prompts');
const { values: args } = parseArgs({
  options: {
    'dry-run': { type: 'boolean', default: false },
    bits: { type: 'string', default: '18' },
    epochs: { type: 'string', default: '8' },
    lr: { type: 'string', default: '0.2' },
    l2: { type: 'string', default: '0.000001' },
    seed: { type: 'string', default: '42' },
    'max-fpr': { type: 'string', default: '0.02' },
    'short-attack-segments': { type: 'string', default: '3' },
    'benign-request-segment-weight': { type: 'string', default: '0' },
    'request-as-injection-weight': { type: 'string', default: '0.5' },
    'own-row-weight': { type: 'string', default: '2' },
    'input-own-row-weight': { type: 'string', default: '0.5' },
    'input-epochs': { type: 'string', default: '16' },
    'input-lr': { type: 'string', default: '0.1' },
    'input-seeds': { type: 'string', default: '5' },
    out: { type: 'string', default: join(here, '../data/injection-model.json.gz') },
  },
});
const bits = Number(args.bits);
const seed = Number(args.seed);
const epochs = Number(args.epochs);
const learningRate = Number(args.lr);
const l2 = Number(args.l2);
const maxFpr = Number(args['max-fpr']);

function readIfPresent(path: string): PromptRow[] {
  return existsSync(path) ? readRows(path) : [];
}

const trainFiles = [join(SHARED, 'train.jsonl'), join(here, 'data/de-train.jsonl'), join(here, 'data/en-train.jsonl')];
const devFiles = [join(SHARED, 'dev.jsonl'), join(here, 'data/de-dev.jsonl'), join(here, 'data/en-dev.jsonl')];
const train = trainFiles.flatMap(readIfPresent);
const dev = devFiles.flatMap(readIfPresent);
const started = performance.now();
const prepared = prepareRows({ rows: train, bits });
const exampleOptions = {
  bits,
  shortAttackSegments: Number(args['short-attack-segments']),
  benignRequestSegmentWeight: Number(args['benign-request-segment-weight']),
  requestAsInjectionWeight: Number(args['request-as-injection-weight']),
  ownRowWeight: Number(args['own-row-weight']),
};
// The style banks train the input model only: with them the context models lost 3–7 points of indirect recall on
// dev (their many short benign requests become segment positives through request-as-injection weighting).
const INPUT_ONLY_SOURCES = new Set([
  'sigmacode:training/english-bank-styles',
  'sigmacode:training/english-suffix-attacks',
  'sigmacode:training/german-bank-train-styles',
]);
const examples = buildExamples({
  prepared: prepared.filter((item) => !INPUT_ONLY_SOURCES.has(item.row.source)),
  options: exampleOptions,
});
// The input model sees prompts only: documents (BIPIA tables, e-mails, code) are a different distribution, and a
// model that must also separate them spends its weights there.
const inputExamples = buildExamples({
  prepared: prepared.filter((item) => !CONTEXT_CATEGORIES.has(item.row.category)),
  options: { ...exampleOptions, ownRowWeight: Number(args['input-own-row-weight']) },
}).window;
const size = 2 ** bits;
const common = { size, epochs, learningRate, l2, seed };
// Averaged over several example orders (seed, seed+1, …): one linear model again, a little less order noise.
const inputSeeds = Number(args['input-seeds']);
const inputModel = averageLinear(
  Array.from({ length: inputSeeds }, (_, k) =>
    trainLogisticRegression({
      examples: inputExamples,
      ...common,
      seed: seed + k,
      epochs: Number(args['input-epochs']),
      learningRate: Number(args['input-lr']),
    }),
  ),
);
const windowModel = trainLogisticRegression({ examples: examples.window, ...common });
const segmentModel = trainLogisticRegression({ examples: examples.segment, ...common });
console.log(
  `trained on ${train.length} rows (${inputExamples.length} input windows, ${examples.window.length} windows, ` +
    `${examples.segment.length} segments) in ${Math.round(performance.now() - started)} ms`,
);

// Quantize first, so thresholds are chosen for the weights that ship.
const file: InjectionModelFile = {
  version: 2,
  bits,
  input: encodeLinear(inputModel),
  window: encodeLinear(windowModel),
  segment: encodeLinear(segmentModel),
  thresholds: { input: 0, context: 0, segment: 0 },
  meta: {
    trainedOn: trainFiles.filter(existsSync).map((path) => path.slice(path.indexOf('/shared/') + 1 || 0)),
    rows: train.length,
    options: {
      bits,
      epochs,
      learningRate,
      l2,
      seed,
      maxFpr,
      input: { epochs: Number(args['input-epochs']), learningRate: Number(args['input-lr']), seeds: inputSeeds },
    },
  },
};
const model = parseInjectionModel(file);
const scored = scoreRows({ rows: dev, model });
const isContext = (row: PromptRow): boolean => CONTEXT_CATEGORIES.has(row.category);
file.thresholds = chooseThresholds({
  input: scored.filter((item) => !isContext(item.row)),
  context: scored.filter((item) => isContext(item.row)),
  maxFpr,
});
console.log('thresholds (logits):', file.thresholds);

const groups = new Map<string, { hits: number; total: number }>();
for (const item of scored) {
  const t = file.thresholds;
  const flagged = isContext(item.row) ? item.window >= t.context || item.segment >= t.segment : item.window >= t.input;
  for (const key of [`${item.row.category}`, `${item.row.category}/${item.row.lang}`]) {
    const group = groups.get(key) ?? { hits: 0, total: 0 };
    group.total++;
    if (flagged) group.hits++;
    groups.set(key, group);
  }
}
for (const [key, { hits, total }] of [...groups].sort()) {
  console.log(`  ${key.padEnd(32)} flagged ${hits}/${total} (${((100 * hits) / total).toFixed(1)} %)`);
}
if (!args['dry-run']) {
  const gz = gzipSync(JSON.stringify(file), { level: 9 });
  writeFileSync(args.out, gz);
  console.log(`wrote ${args.out} (${(gz.length / 1024).toFixed(0)} KB)`);
}
