import { AppError } from '@sigmacode/core';
import type { PromptRow } from './read-rows.js';
import { createRandom } from './train-logistic-regression.js';

/** A document of a phrase bank: its lines, and what kind of document it is (decides where injections go). */
export interface BankDocument {
  readonly kind: 'email' | 'table' | 'document';
  readonly lines: readonly string[];
}

/** The phrasings one split of generated data is built from (see german-bank-train.ts / german-bank-dev.ts). */
export interface PhraseBank {
  /** Openings that cancel the assistant's instructions ("Ignoriere alle vorherigen Anweisungen"). */
  readonly overrides: readonly string[];
  /** What the attacker wants instead, appended to an override. */
  readonly payloads: readonly string[];
  /** Harmless text that may precede an injection. */
  readonly prefixes: readonly string[];
  /** Jailbreak templates; `{harm}` / `{harmLower}` is replaced by a harmful question. */
  readonly jailbreaks: readonly string[];
  readonly harmful: readonly string[];
  /** System-prompt extraction requests. */
  readonly extraction: readonly string[];
  /** Instructions hidden in documents (indirect injections). */
  readonly injections: readonly string[];
  readonly documents: readonly BankDocument[];
  /** How a document reaches the model; `{doc}` is the document. */
  readonly contextWrappers: readonly string[];
  /** Benign requests, many of them hard negatives (mention instructions, ignoring, system, rules, role play). */
  readonly benign: readonly string[];
  /**
   * Jailbreak-like framings (persona, fiction, hypothetical, urgency, authority) for HARMLESS tasks: hard negatives
   * that teach the model the framing alone is not the attack. `{task}` / `{taskLower}` is replaced by a task.
   */
  readonly framedBenign?: readonly string[];
  readonly harmlessTasks?: readonly string[];
}

/** The few words the generator itself adds, per language of a bank. */
const LOCALE = {
  de: {
    suffixes: ['', '', ' Danke!', ' Bitte kurz und knapp.', ' Antworte bitte auf Deutsch.'],
    note: 'Anmerkung',
    result: 'Ergebnis',
  },
  en: {
    suffixes: ['', '', ' Thanks!', ' Keep it short, please.', ' Please answer in plain English.'],
    note: 'Note',
    result: 'Result',
  },
} as const;

/** Languages a phrase bank can be written in. */
export type BankLanguage = keyof typeof LOCALE;

function lowerFirst(text: string): string {
  const question = text.replace(/\?$/, '.');
  return question.charAt(0).toLowerCase() + question.slice(1);
}

/**
 * Inserts an injected instruction into a document's lines the way attackers hide them: as a line of its own (start,
 * middle, end), a table row, or an HTML comment.
 */
function inject(document: BankDocument, injection: string, random: () => number, note: string): string[] {
  const lines = [...document.lines];
  const style = Math.floor(random() * 4);
  const line =
    document.kind === 'table' && style < 2
      ? `| ${note} | ${injection} | |`
      : style === 3
        ? `<!-- ${injection} -->`
        : injection;
  const at = style === 0 ? 1 : style === 1 ? lines.length : 1 + Math.floor(random() * Math.max(lines.length - 1, 1));
  lines.splice(at, 0, line);
  return lines;
}

function pick<T>(list: readonly T[], random: () => number): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new AppError('INTERNAL', { message: 'phrase bank: empty list' });
  return item;
}

/**
 * Generates rows from one phrase bank, deterministically (`seed`). `scale` multiplies the number of rows drawn per
 * category; every combination is kept at most once. `lang` (default `de`) is the bank's language.
 *
 * @example generateRows({ bank: GERMAN_TRAIN_BANK, seed: 1, scale: 1, source: 'sigmacode:training/de-train' })
 */
export function generateRows({
  bank,
  seed,
  scale,
  source,
  lang = 'de',
}: {
  bank: PhraseBank;
  seed: number;
  scale: number;
  source: string;
  lang?: BankLanguage;
}): PromptRow[] {
  const locale = LOCALE[lang];
  const random = createRandom(seed);
  const rows: PromptRow[] = [];
  const seen = new Set<string>();
  const add = (text: string, category: PromptRow['category']): void => {
    if (seen.has(text)) return;
    seen.add(text);
    const label = category === 'benign' || category === 'benign_context' ? 'benign' : 'attack';
    rows.push({ text, label, category, lang, source });
  };
  const count = (base: number): number => Math.round(base * scale);

  for (let i = 0; i < count(bank.overrides.length * 6); i++) {
    const override = pick(bank.overrides, random);
    const payload = pick(bank.payloads, random);
    const prefix = random() < 0.4 ? `${pick(bank.prefixes, random)} ` : '';
    const joiner = random() < 0.5 ? ' ' : '. ';
    add(`${prefix}${override}${joiner}${joiner === '. ' ? payload.replace(/^und /, '') : payload}`, 'direct_injection');
  }
  for (const template of bank.jailbreaks) {
    for (let i = 0; i < Math.max(1, count(bank.harmful.length * 0.8)); i++) {
      const harm = pick(bank.harmful, random);
      add(template.replace('{harm}', harm).replace('{harmLower}', lowerFirst(harm)), 'jailbreak');
    }
  }
  for (const request of bank.extraction) {
    add(request, 'system_prompt_extraction');
    for (let i = 0; i < count(2); i++) add(`${pick(bank.prefixes, random)} ${request}`, 'system_prompt_extraction');
  }
  for (const document of bank.documents) {
    for (let i = 0; i < count(bank.contextWrappers.length); i++) {
      const wrapper = bank.contextWrappers[i % bank.contextWrappers.length] ?? '{doc}';
      add(wrapper.replace('{doc}', document.lines.join('\n')), 'benign_context');
    }
    for (let i = 0; i < count(bank.injections.length * 0.75); i++) {
      const wrapper = pick(bank.contextWrappers, random);
      const lines = inject(document, pick(bank.injections, random), random, locale.note);
      add(wrapper.replace('{doc}', lines.join('\n')), 'indirect_injection');
    }
  }
  // Search results: two benign documents in one context text.
  for (let i = 0; i < count(bank.documents.length * 2); i++) {
    const first = pick(bank.documents, random);
    const second = pick(bank.documents, random);
    if (first === second) continue;
    add(
      `${locale.result} 1:\n${first.lines.join('\n')}\n\n${locale.result} 2:\n${second.lines.join('\n')}`,
      'benign_context',
    );
  }
  for (const framing of bank.framedBenign ?? []) {
    const tasks = bank.harmlessTasks ?? [];
    for (let i = 0; i < Math.min(tasks.length, count(3)); i++) {
      const task = pick(tasks, random);
      add(framing.replace('{task}', task).replace('{taskLower}', lowerFirst(task)), 'benign');
    }
  }
  // The harmless prefixes of injections are harmless on their own too.
  for (const prefix of bank.prefixes) add(prefix, 'benign');
  for (const request of bank.benign) {
    add(request, 'benign');
    add(`${request}${pick(locale.suffixes, random)}`, 'benign');
    if (random() < 0.5 * scale) add(`${pick(bank.prefixes, random)} ${request}`, 'benign');
  }
  return rows;
}
