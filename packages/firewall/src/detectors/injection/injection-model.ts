import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { AppError } from '@sigmacode/core';
import { z } from 'zod';

/** One linear model: weights over the hashed buckets (int16, scaled) and a bias. */
const LinearSchema = z
  .object({
    bias: z.number(),
    /** Weight = int16 value × scale. */
    scale: z.number().positive(),
    /** Little-endian int16 values, base64. */
    weights: z.string(),
  })
  .strict();

/**
 * The shipped classifier (`data/injection-model.json.gz`, written by `npm run train:firewall`): three logistic
 * regressions over the same hashed features — `input` scores ~1.5 K-character windows of user prompts (jailbreaks,
 * direct injections, extraction requests; trained on prompts only), `window` scores windows of context texts
 * (documents, tool results), `segment` scores single lines/sentences of context texts (an instruction hidden in a
 * document). Thresholds are on the logit (log-odds) scale.
 *
 * @example InjectionModelFileSchema.parse(JSON.parse(text))
 */
export const InjectionModelFileSchema = z
  .object({
    version: z.literal(2),
    bits: z.number().int().min(8).max(24),
    input: LinearSchema,
    window: LinearSchema,
    segment: LinearSchema,
    thresholds: z
      .object({
        /** `input`-model window logit at which an input (user prompt) is an attack. */
        input: z.number(),
        /** Window logit at which a context text (document, tool result) is an attack. */
        context: z.number(),
        /** Segment logit at which a line of a context text is an injected instruction. */
        segment: z.number(),
      })
      .strict(),
    /** How it was trained (for humans). */
    meta: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();
export type InjectionModelFile = z.infer<typeof InjectionModelFileSchema>;

/** A linear model as trained: float weights and a bias. */
export interface LinearModel {
  readonly weights: Float32Array;
  readonly bias: number;
}

/** A linear model as shipped: int16 weights, each worth `scale`, and a bias (half the memory of floats). */
export interface PackedLinearModel {
  readonly weights: Int16Array;
  readonly scale: number;
  readonly bias: number;
}

/** The loaded classifier. */
export interface InjectionModel {
  readonly bits: number;
  /** Windows of user prompts (input direction). */
  readonly input: PackedLinearModel;
  /** Windows of context texts. */
  readonly window: PackedLinearModel;
  readonly segment: PackedLinearModel;
  readonly thresholds: InjectionModelFile['thresholds'];
}

/**
 * Packs float weights as scaled int16 in base64 (what the model file stores).
 *
 * @example encodeLinear({ weights, bias: -1.2 }) // { bias: -1.2, scale: 0.0001, weights: 'AAAB…' }
 */
export function encodeLinear(model: LinearModel): z.infer<typeof LinearSchema> {
  let max = 0;
  for (const weight of model.weights) max = Math.max(max, Math.abs(weight));
  const scale = max > 0 ? max / 32767 : 1;
  const packed = new Int16Array(model.weights.length);
  for (let i = 0; i < packed.length; i++) packed[i] = Math.round((model.weights[i] ?? 0) / scale);
  const bytes = Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength);
  return { bias: model.bias, scale, weights: bytes.toString('base64') };
}

function decodeLinear(encoded: z.infer<typeof LinearSchema>, size: number): PackedLinearModel {
  const bytes = Buffer.from(encoded.weights, 'base64');
  if (bytes.length !== size * 2) {
    throw new AppError('VALIDATION_FAILED', { message: `injection model: expected ${size} weights` });
  }
  const weights = new Int16Array(size);
  for (let i = 0; i < size; i++) weights[i] = bytes.readInt16LE(i * 2);
  return { weights, scale: encoded.scale, bias: encoded.bias };
}

/**
 * Validates a model file's JSON and unpacks its weights. Throws AppError VALIDATION_FAILED when it is malformed.
 *
 * @example const model = parseInjectionModel(JSON.parse(readFileSync(file, 'utf8')));
 */
export function parseInjectionModel(json: unknown): InjectionModel {
  const parsed = InjectionModelFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', {
      message: 'injection model: malformed file',
      details: { issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) },
    });
  }
  const file = parsed.data;
  const size = 2 ** file.bits;
  return {
    bits: file.bits,
    input: decodeLinear(file.input, size),
    window: decodeLinear(file.window, size),
    segment: decodeLinear(file.segment, size),
    thresholds: file.thresholds,
  };
}

/** Where the shipped model lives: src/detectors/injection → packages/firewall/data (the same from dist/). */
export const INJECTION_MODEL_URL = new URL('../../../data/injection-model.json.gz', import.meta.url);

let shipped: InjectionModel | undefined;

/**
 * The shipped classifier, loaded on first use and then shared (it is immutable).
 *
 * @example defaultInjectionModel().thresholds.input
 */
export function defaultInjectionModel(): InjectionModel {
  shipped ??= parseInjectionModel(JSON.parse(gunzipSync(readFileSync(INJECTION_MODEL_URL)).toString('utf8')));
  return shipped;
}
