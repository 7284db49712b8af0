import { describe, expect, it } from 'vitest';
import { orderDetectors } from './detectors';

describe('orderDetectors', () => {
  it('puts known detectors in the cockpit order and unknown ones after them, sorted', () => {
    expect(orderDetectors(['zeta', 'pii', 'alpha', 'injection', 'secrets'])).toEqual([
      'injection',
      'pii',
      'secrets',
      'alpha',
      'zeta',
    ]);
  });

  it('lists only the detectors the policy has', () => {
    expect(orderDetectors(['urls'])).toEqual(['urls']);
    expect(orderDetectors([])).toEqual([]);
  });
});
