import { AppError } from '@sigmacode/core';
import { describe, expect, it } from 'vitest';
import { defaultInjectionModel, encodeLinear, parseInjectionModel } from './injection-model.js';

const BITS = 8;

function tinyFile(weights: Float32Array) {
  return {
    version: 2,
    bits: BITS,
    input: encodeLinear({ weights: new Float32Array(2 ** BITS), bias: 1 }),
    window: encodeLinear({ weights, bias: -0.5 }),
    segment: encodeLinear({ weights: new Float32Array(2 ** BITS), bias: 0 }),
    thresholds: { input: 0.1, context: 0.2, segment: 0.3 },
  };
}

describe('injection model file', () => {
  it('round-trips weights through int16 packing within the quantization step', () => {
    const weights = Float32Array.from({ length: 2 ** BITS }, (_, i) => Math.sin(i) * 3);
    const model = parseInjectionModel(tinyFile(weights));
    const step = 3 / 32767;
    for (let i = 0; i < weights.length; i++)
      expect(Math.abs((model.window.weights[i] ?? 0) * model.window.scale - (weights[i] ?? 0))).toBeLessThanOrEqual(
        step,
      );
    expect(model.window.bias).toBe(-0.5);
    expect(model.input.bias).toBe(1);
    expect(model.thresholds).toEqual({ input: 0.1, context: 0.2, segment: 0.3 });
  });

  it('rejects malformed files with AppError VALIDATION_FAILED', () => {
    const good = tinyFile(new Float32Array(2 ** BITS));
    for (const bad of [
      {},
      { ...good, version: 1 },
      { ...good, input: undefined },
      { ...good, bits: 30 },
      { ...good, window: { ...good.window, weights: 'AAAA' } },
    ]) {
      expect(() => parseInjectionModel(bad)).toThrow(AppError);
    }
    try {
      parseInjectionModel({});
    } catch (error) {
      expect((error as AppError).code).toBe('VALIDATION_FAILED');
    }
  });

  it('loads the shipped model once and shares it', () => {
    const model = defaultInjectionModel();
    expect(model.window.weights.length).toBe(2 ** model.bits);
    expect(model.input.weights.length).toBe(2 ** model.bits);
    expect(model.input.weights.some((weight) => weight !== 0)).toBe(true);
    expect(model.segment.weights.length).toBe(2 ** model.bits);
    expect(Object.values(model.thresholds).every(Number.isFinite)).toBe(true);
    expect(model.window.weights.some((weight) => weight !== 0)).toBe(true);
    expect(defaultInjectionModel()).toBe(model);
  });
});
