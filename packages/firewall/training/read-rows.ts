import { readFileSync } from 'node:fs';
import { AppError } from '@sigmacode/core';
import { z } from 'zod';

/**
 * One labelled text, the row format of the shared prompt datasets (`/work/shared/datasets/prompts/*.jsonl`) and of
 * this folder's own data.
 *
 * @example PromptRowSchema.parse({ text: 'Hallo', label: 'benign', category: 'benign', lang: 'de', source: 'own' })
 */
export const PromptRowSchema = z.object({
  text: z.string(),
  label: z.enum(['attack', 'benign']),
  category: z.enum([
    'jailbreak',
    'direct_injection',
    'indirect_injection',
    'system_prompt_extraction',
    'benign',
    'benign_context',
  ]),
  lang: z.string(),
  source: z.string(),
});
export type PromptRow = z.infer<typeof PromptRowSchema>;

/** Categories whose texts are documents or tool results (checked in the `context` direction). */
export const CONTEXT_CATEGORIES: ReadonlySet<PromptRow['category']> = new Set(['indirect_injection', 'benign_context']);

/**
 * Reads a JSONL file of prompt rows; a malformed line throws AppError VALIDATION_FAILED naming the file and line.
 *
 * @example const rows = readRows('../shared/datasets/prompts/train.jsonl');
 */
export function readRows(path: string): PromptRow[] {
  const rows: PromptRow[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      const parsed = PromptRowSchema.safeParse(JSON.parse(line));
      if (!parsed.success) {
        throw new AppError('VALIDATION_FAILED', {
          message: `${path}:${index + 1}: ${parsed.error.issues[0]?.message}`,
        });
      }
      rows.push(parsed.data);
    });
  return rows;
}
