import { describe, expect, it } from 'vitest';
import { detectWith } from '../../testing/detect-with.js';
import { maxLengthDetector } from './max-length-detector.js';

describe('max-length detector', () => {
  it('reports the part beyond the limit', () => {
    expect(detectWith({ detector: maxLengthDetector, text: 'x'.repeat(12), policy: { maxLength: 10 } })).toEqual([
      expect.objectContaining({ start: 10, end: 12, type: 'max_length' }),
    ]);
  });

  it('reports nothing at or under the limit, or without one', () => {
    expect(detectWith({ detector: maxLengthDetector, text: 'x'.repeat(10), policy: { maxLength: 10 } })).toEqual([]);
    expect(detectWith({ detector: maxLengthDetector, text: 'x'.repeat(100_000) })).toEqual([]);
  });
});
