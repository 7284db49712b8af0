import { describe, expect, it } from 'vitest';
import { resolveUsageRange } from './resolve-usage-range.js';

describe('resolveUsageRange', () => {
  const now = new Date('2026-05-31T12:00:00Z');

  it('defaults to the 30 days before now', () => {
    expect(resolveUsageRange({ now })).toEqual({ from: new Date('2026-05-01T12:00:00Z'), to: now });
  });

  it('reads dates as UTC midnight and keeps date-times with their offset', () => {
    expect(resolveUsageRange({ from: '2026-01-01', to: '2026-01-02T01:00:00+01:00', now })).toEqual({
      from: new Date('2026-01-01T00:00:00Z'),
      to: new Date('2026-01-02T00:00:00Z'),
    });
  });

  it('accepts exactly 366 days and refuses one more, an empty or a reversed range', () => {
    expect(() => resolveUsageRange({ from: '2024-01-01', to: '2025-01-01' })).not.toThrow();
    expect(() => resolveUsageRange({ from: '2024-01-01', to: '2025-01-02' })).toThrow(/at most 366 days/);
    expect(() => resolveUsageRange({ from: '2026-01-02', to: '2026-01-02' })).toThrow(/must be before to/);
    expect(() => resolveUsageRange({ from: '2026-01-03', to: '2026-01-02' })).toThrow(/must be before to/);
  });
});
