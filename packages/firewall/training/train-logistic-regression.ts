import { AppError } from '@sigmacode/core';
import type { SparseVector } from '../src/detectors/injection/hash-features.js';
import type { LinearModel } from '../src/detectors/injection/injection-model.js';

/** One training example: a feature vector, its label (1 = attack) and how much it counts. */
export interface Example {
  readonly vector: SparseVector;
  readonly label: 0 | 1;
  readonly weight: number;
}

/**
 * mulberry32: a small, fast, seedable PRNG — the same seed gives the same sequence on every machine.
 *
 * @example const random = createRandom(42); random() // 0.6011…, always
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(order: Int32Array, random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = swap;
  }
}

/** @example sigmoid(0) // 0.5 */
export function sigmoid(logit: number): number {
  return 1 / (1 + Math.exp(-logit));
}

/**
 * Trains an L2-regularized logistic regression by AdaGrad SGD over sparse vectors. Deterministic: examples are visited
 * in an order drawn from `seed`, and the arithmetic is plain sequential float math. Classes are balanced (each class
 * gets half of the total example weight).
 *
 * @example
 * const model = trainLogisticRegression({ examples, size: 2 ** 18, epochs: 8, seed: 42 });
 * sigmoid(dot(vector, model.weights) + model.bias)
 */
export function trainLogisticRegression({
  examples,
  size,
  epochs = 8,
  learningRate = 0.2,
  l2 = 1e-6,
  seed = 42,
}: {
  examples: readonly Example[];
  size: number;
  epochs?: number;
  learningRate?: number;
  l2?: number;
  seed?: number;
}): LinearModel {
  const weights = new Float32Array(size);
  const squares = new Float32Array(size);
  let bias = 0;
  let biasSquares = 0;
  const totals = [0, 0];
  for (const example of examples) totals[example.label] = (totals[example.label] ?? 0) + example.weight;
  const total = (totals[0] ?? 0) + (totals[1] ?? 0);
  const classScale = [total / 2 / Math.max(totals[0] ?? 0, 1e-9), total / 2 / Math.max(totals[1] ?? 0, 1e-9)];
  const meanWeight = total / Math.max(examples.length, 1);
  const random = createRandom(seed);
  const order = Int32Array.from(examples.keys());
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    for (const at of order) {
      const example = examples[at];
      if (!example) continue;
      const { indices, values } = example.vector;
      let logit = bias;
      for (let k = 0; k < indices.length; k++) logit += (weights[indices[k] ?? 0] ?? 0) * (values[k] ?? 0);
      const scale = (example.weight * (classScale[example.label] ?? 1)) / meanWeight;
      const gradient = (sigmoid(logit) - example.label) * scale;
      for (let k = 0; k < indices.length; k++) {
        const index = indices[k] ?? 0;
        const weight = weights[index] ?? 0;
        const step = gradient * (values[k] ?? 0) + l2 * weight;
        const square = (squares[index] ?? 0) + step * step;
        squares[index] = square;
        weights[index] = weight - (learningRate * step) / Math.sqrt(square + 1e-8);
      }
      biasSquares += gradient * gradient;
      bias -= (learningRate * gradient) / Math.sqrt(biasSquares + 1e-8);
    }
  }
  return { weights, bias };
}

/**
 * The mean of several linear models over the same buckets (weights and bias) — itself one linear model, so averaging
 * models trained in different example orders costs nothing when scoring, and smooths the order's noise.
 *
 * @example averageLinear([first, second]).bias // (first.bias + second.bias) / 2
 */
export function averageLinear(models: readonly LinearModel[]): LinearModel {
  const first = models[0];
  if (!first) throw new AppError('INTERNAL', { message: 'averageLinear: no models' });
  const weights = new Float32Array(first.weights.length);
  let bias = 0;
  for (const model of models) {
    for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] ?? 0) + (model.weights[i] ?? 0) / models.length;
    bias += model.bias / models.length;
  }
  return { weights, bias };
}
