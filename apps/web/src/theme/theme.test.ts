import { describe, expect, it } from 'vitest';
import { detectTheme } from './theme';

describe('detectTheme', () => {
  it('follows the system preference when nothing is stored', () => {
    expect(detectTheme({ stored: null, prefersDark: true })).toBe('dark');
    expect(detectTheme({ stored: null, prefersDark: false })).toBe('light');
  });

  it('prefers a valid stored choice and ignores an invalid one', () => {
    expect(detectTheme({ stored: 'light', prefersDark: true })).toBe('light');
    expect(detectTheme({ stored: 'sepia', prefersDark: true })).toBe('dark');
  });
});
