import { describe, expect, it } from 'vitest';
import { formatUptime } from './format-uptime';

describe('formatUptime', () => {
  it('shows the two largest units', () => {
    expect(formatUptime({ seconds: 93_784, locale: 'en-US' })).toBe('1d 2h');
    expect(formatUptime({ seconds: 125, locale: 'en-US' })).toBe('2m 5s');
  });

  it('stops at a gap rather than skipping to a smaller unit', () => {
    expect(formatUptime({ seconds: 86_400 + 5, locale: 'en-US' })).toBe('1d');
  });

  it('shows zero seconds for a fresh start', () => {
    expect(formatUptime({ seconds: 0, locale: 'en-US' })).toBe('0s');
  });
});
