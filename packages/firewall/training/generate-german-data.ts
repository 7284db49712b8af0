/**
 * Writes this folder's own data: `data/de-train.jsonl` from german-bank-train.ts and german-bank-train-styles.ts,
 * `data/de-dev.jsonl` from german-bank-dev.ts (different phrasings, personas, documents and injected instructions — no
 * leakage), plus `data/en-train.jsonl` (english-bank.ts, english-bank-styles.ts and
 * english-suffix-attacks.ts). Deterministic (fixed seeds):
 *
 *   node --import tsx --conditions=source packages/firewall/training/generate-german-data.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '@sigmacode/core';
import { ENGLISH_TRAIN_ROWS } from './english-bank.js';
import { ENGLISH_TRAIN_STYLES_BANK } from './english-bank-styles.js';
import { suffixAttackRows } from './english-suffix-attacks.js';
import { GERMAN_DEV_BANK } from './german-bank-dev.js';
import { GERMAN_TRAIN_BANK } from './german-bank-train.js';
import { GERMAN_TRAIN_STYLES_BANK } from './german-bank-train-styles.js';
import { generateRows } from './phrase-bank.js';
import type { PromptRow } from './read-rows.js';

const DATA = join(import.meta.dirname, 'data');

function write(file: string, rows: readonly PromptRow[]): void {
  writeFileSync(join(DATA, file), `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`);
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.category, (counts.get(row.category) ?? 0) + 1);
  console.log(`${file}: ${rows.length} rows`, Object.fromEntries([...counts].sort()));
}

const train = [
  ...generateRows({ bank: GERMAN_TRAIN_BANK, seed: 1, scale: 1, source: 'sigmacode:training/german-bank-train' }),
  ...generateRows({
    bank: GERMAN_TRAIN_STYLES_BANK,
    seed: 3,
    scale: 1,
    source: 'sigmacode:training/german-bank-train-styles',
  }),
];
const englishStyles = [
  ...suffixAttackRows({ seed: 5, count: 120 }),
  ...generateRows({
    bank: ENGLISH_TRAIN_STYLES_BANK,
    seed: 4,
    scale: 1,
    source: 'sigmacode:training/english-bank-styles',
    lang: 'en',
  }),
];
const dev = generateRows({ bank: GERMAN_DEV_BANK, seed: 2, scale: 1, source: 'sigmacode:training/german-bank-dev' });
const trainTexts = new Set([...train, ...englishStyles].map((row) => row.text));
const leaked = dev.filter((row) => trainTexts.has(row.text));
if (leaked.length > 0) {
  throw new AppError('INTERNAL', { message: `${leaked.length} German dev rows also occur in train` });
}
write('de-train.jsonl', train);
write('de-dev.jsonl', dev);
write('en-train.jsonl', [...ENGLISH_TRAIN_ROWS, ...englishStyles]);
