import { describe, expect, it } from 'vitest';
import { safeRedirect } from './safe-redirect';

describe('safeRedirect', () => {
  it('keeps paths inside the dashboard', () => {
    expect(safeRedirect('/dashboard')).toBe('/dashboard');
    expect(safeRedirect('/dashboard/chat?app=1')).toBe('/dashboard/chat?app=1');
  });

  it('refuses anything else', () => {
    for (const target of ['//evil.example', 'https://evil.example/dashboard', '/dashboardx', '/', undefined, 42]) {
      expect(safeRedirect(target)).toBe('/dashboard');
    }
  });
});
