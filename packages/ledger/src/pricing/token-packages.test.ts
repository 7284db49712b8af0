import { describe, expect, it } from 'vitest';
import { findTokenPackage, TOKEN_PACKAGES } from './token-packages.js';

describe('token packages', () => {
  it('sells four packages in dollars, each once or monthly', () => {
    expect(TOKEN_PACKAGES.map((pkg) => [pkg.id, pkg.tokens, pkg.amountCents])).toEqual([
      ['starter', 1_000n, 999],
      ['pro', 10_000n, 7_999],
      ['business', 50_000n, 29_999],
      ['enterprise', 200_000n, 99_999],
    ]);
    for (const pkg of TOKEN_PACKAGES) {
      expect(pkg.currency).toBe('usd');
      expect(pkg.modes).toEqual(['payment', 'subscription']);
    }
  });

  it('finds a package by id', () => {
    expect(findTokenPackage('pro')?.name).toBe('Pro');
    expect(findTokenPackage('platinum')).toBeUndefined();
  });
});
